import { describe, expect, it } from 'vitest';
import { loadBundledGrids } from '../../../lib/option-grids/bundled';
import { suggestGrids } from '../../../lib/option-grids/suggest-grids';

/**
 * The grid suggestion matches words, not clinical values (docs/clinical-safety/regulatory-position.md,
 * "The grid suggestion from the agenda text"): the same words with a different reading suggest the same grids.
 */
describe('the grid suggestion reads words, not clinical values', () => {
  it.each([
    [
      'My blood pressure was high at the chemist: 182/110',
      'My blood pressure was high at the chemist: 141/91',
    ],
    ['Cholesterol 7.9, worried about a stroke', 'Cholesterol 4.1, worried about a stroke'],
    [
      'HbA1c 86 and I hate the tablets for my type 2 diabetes',
      'HbA1c 41 and I hate the tablets for my type 2 diabetes',
    ],
  ])('"%s" suggests what "%s" suggests', async (high, low) => {
    const { grids } = await loadBundledGrids();
    const suggested = suggestGrids(grids, high).map((g) => g.id);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggestGrids(grids, low).map((g) => g.id)).toEqual(suggested);
  });
});
