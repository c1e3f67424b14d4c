import { describe, expect, it } from 'vitest';
import { isHardToRead, measureReadability } from '../../../lib/readability/reading-ease';

describe('measureReadability', () => {
  it('scores short plain sentences as easy', () => {
    const result = measureReadability(
      'You chose to walk for ten minutes each day. We will talk again in a month.',
    );
    expect(result.readingEase).toBeGreaterThan(70);
    expect(result.readingAge).toBeLessThanOrEqual(11);
  });

  it('scores dense clinical prose as hard', () => {
    expect(
      isHardToRead(
        'Pharmacological antihypertensive intervention demonstrates statistically significant cardiovascular morbidity reduction.',
      ),
    ).toBe(true);
  });

  it('treats empty text as easy instead of throwing', () => {
    expect(measureReadability('')).toMatchObject({ words: 0, readingEase: 100 });
  });
});
