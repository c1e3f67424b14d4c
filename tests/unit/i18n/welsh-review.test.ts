import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WELSH_AREAS, welshReviewLines } from '../../../lib/i18n/welsh-review';

const ROOT = join(import.meta.dirname, '../../..');

describe('the Welsh wording a practice sees the review status of', () => {
  it('says of every area that no first-language Welsh clinical reviewer has signed it (none has)', () => {
    expect(WELSH_AREAS.every((a) => a.reviewedBy === null)).toBe(true);
    for (const line of welshReviewLines())
      expect(line).toMatch(/not yet reviewed by a first-language Welsh clinical reviewer\.$/);
  });

  it('names the reviewer once one has signed an area', () => {
    expect(
      welshReviewLines([{ area: 'Plan', where: '', reviewedBy: 'Dr C Hughes, GP, 2027-02-01' }]),
    ).toEqual(['Plan: reviewed by Dr C Hughes, GP, 2027-02-01.']);
  });

  it('points at files that exist', () => {
    for (const { where } of WELSH_AREAS) {
      const first = where.split(/[ ,*]/)[0]!;
      expect(existsSync(join(ROOT, first.replace(/\/$/, ''))), first).toBe(true);
    }
  });
});
