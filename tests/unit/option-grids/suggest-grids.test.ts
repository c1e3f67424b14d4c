import { describe, expect, it } from 'vitest';
import { loadBundledGrids } from '../../../lib/option-grids/bundled';
import { suggestGrids } from '../../../lib/option-grids/suggest-grids';

describe('grids suggested from what the patient said', () => {
  it.each([
    ['My blood pressure was high at the pharmacy', 'raised-blood-pressure'],
    ['The letter about my cholesterol', 'statins-heart-stroke-risk'],
    ['Back pain for three weeks, worse bending', 'low-back-pain'],
    ['A bad back since lifting the shopping', 'low-back-pain'],
  ])('%j suggests %s first', async (said, id) => {
    const { grids } = await loadBundledGrids();
    const english = grids.filter((g) => g.language === 'en');
    expect(suggestGrids(english, said)[0]?.id).toBe(id);
  });

  it('suggests nothing for words no grid is about, or for nothing said', async () => {
    const { grids } = await loadBundledGrids();
    expect(suggestGrids(grids, 'A form for my holiday insurance')).toEqual([]);
    expect(suggestGrids(grids, '')).toEqual([]);
  });
});
