import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WELSH_AREAS, welshReviewLines, wherePaths } from '../../../lib/i18n/welsh-review';

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
    for (const path of WELSH_AREAS.flatMap(wherePaths)) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('lists every file in lib/ that holds Welsh wording, so the practice sees its status', () => {
    const files = (readdirSync(join(ROOT, 'lib'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('lib', f));
    // A Welsh record entry ("cy: {", "cy: '…'", "cy: [", not an empty "cy: ''") or a file of Welsh words.
    const welsh = files.filter(
      (f) =>
        /^\s+cy: (?:[{(\[]|(['"`])(?!\1))/m.test(readFileSync(join(ROOT, f), 'utf8')) ||
        /(^|[/-])cy\.ts$/.test(f),
    );
    const listed = WELSH_AREAS.flatMap(wherePaths);
    const covered = (f: string) => listed.some((p) => f === p || (p.endsWith('/') && f.startsWith(p)));
    expect(welsh.length).toBeGreaterThan(10);
    expect(welsh.filter((f) => !covered(relative('.', f)))).toEqual([]);
  });
});
