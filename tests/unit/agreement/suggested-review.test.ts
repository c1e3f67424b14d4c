import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUGGESTED_REVIEW, suggestedReview } from '../../../lib/agreement/suggested-review';
import { FOLLOW_UP_INTERVALS } from '../../../lib/domain/follow-up';

const DIR = join(import.meta.dirname, '../../../lib/option-grids/bundled');
const ids = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { id: string }).id);

describe('the follow-up suggested with each built-in grid', () => {
  it.each(ids)('%s has an entry someone decided (an interval or none)', (id) => {
    expect(Object.keys(SUGGESTED_REVIEW)).toContain(id.replace(/-cy$/, ''));
  });

  it('lists no grid that is not built in', () => {
    for (const id of Object.keys(SUGGESTED_REVIEW)) expect(ids).toContain(id);
  });

  it('suggests only intervals that are one-click buttons, so the selection is shown', () => {
    for (const interval of Object.values(SUGGESTED_REVIEW))
      if (interval) expect(FOLLOW_UP_INTERVALS).toContainEqual(interval);
  });

  it('gives a Welsh grid its English twin’s interval, and a grid it does not know none', () => {
    expect(suggestedReview('raised-blood-pressure-cy')).toEqual(suggestedReview('raised-blood-pressure'));
    expect(suggestedReview('a-practice-grid')).toBeNull();
  });
});
