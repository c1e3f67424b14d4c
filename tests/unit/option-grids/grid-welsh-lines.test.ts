import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../../lib/domain/nation';
import { lineForNation, safetyNetEntries } from '../../../lib/option-grids/grid-safety-net';
import { BUNDLED, bundled } from './bundled-grids';

/**
 * Welsh "when to get help" lines tell the patient what to do ("Ffoniwch…", "Cysylltwch…"),
 * never "Cewch help" ("you will get help"): every Welsh grid, every line, every nation's wording.
 * Each Welsh line lines up with its English twin: the same options, the same nation variants.
 */

const IMPERATIVE =
  /\b(ffoniwch|ceisiwch|cysylltwch|ewch|stopiwch|dywedwch|siaradwch|gofynnwch|peidiwch|bwytewch|yfwch|dechreuwch)\b/i;
/** "Cewch help" (or mutated, "a chewch help") is "you will get help"; "os cewch chi ffit" ("if you have a fit") is fine. */
const NOT_AN_INSTRUCTION = /\b(c|ch|g)ewch (chi )?help\b/i;
const WELSH = BUNDLED.filter((grid) => grid.language === 'cy').map((grid) => ({ id: grid.id, grid }));

describe('Welsh safety-net lines', () => {
  it('the check catches the old "Cewch help" form', () => {
    const line = "Cewch help yr un diwrnod os yw'r boen yn llawer gwaeth ar un ochr.";
    expect(IMPERATIVE.test(line) && !NOT_AN_INSTRUCTION.test(line)).toBe(false);
  });

  it.each(WELSH)('$id gives every line as an instruction', ({ grid }) => {
    const worded = safetyNetEntries(grid).flatMap((line) => [
      line.text,
      ...NATIONS.map((nation) => lineForNation(line, nation)),
    ]);
    expect(worded.filter((text) => !IMPERATIVE.test(text) || NOT_AN_INSTRUCTION.test(text))).toEqual([]);
  });

  it.each(WELSH)('$id never says "Cewch help" anywhere the patient reads', ({ grid }) => {
    const read = [
      ...(grid.scope?.notForYouIf ?? []),
      ...grid.questions.flatMap((q) => Object.values(q.answers)),
    ];
    expect(read.filter((text) => NOT_AN_INSTRUCTION.test(text))).toEqual([]);
  });

  it.each(WELSH)(
    '$id gives the same lines to the same options and nations as its English twin',
    ({ grid }) => {
      const shape = (g: typeof grid) =>
        safetyNetEntries(g).map((line) => [line.forOptions ?? [], Object.keys(line.byNation ?? {})]);
      expect(shape(grid)).toEqual(shape(bundled(grid.translationOf ?? '')));
    },
  );
});
