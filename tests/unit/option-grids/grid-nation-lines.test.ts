import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../../lib/domain/nation';
import { gridForNation } from '../../../lib/option-grids/grid-nation';
import { gridSafetyNetLines, safetyNetEntries } from '../../../lib/option-grids/grid-safety-net';
import { servicesAbsentIn } from '../../../lib/option-grids/nation-services';
import { BUNDLED } from './bundled-grids';

/**
 * No grid line names a service that does not exist in the practice's nation
 * (docs/option-grids.md, "Lines by nation"): every bundled grid, English and Welsh, × the
 * four nations, over every resolved answer and every safety-net line (all options chosen).
 */

const cases = BUNDLED.flatMap((grid) => NATIONS.map((nation) => ({ id: grid.id, nation, grid })));

function linesFor(grid: (typeof BUNDLED)[number], nation: (typeof NATIONS)[number] | undefined): string[] {
  const answers = gridForNation(grid, nation).questions.flatMap((q) => Object.values(q.answers));
  const help = gridSafetyNetLines(grid, { nation, chosenOptionIds: grid.options.map((o) => o.id) });
  return [...answers, ...help];
}

describe('grid lines by nation', () => {
  it.each(cases)('$id in $nation names only services that exist there', ({ grid, nation }) => {
    const wrong = linesFor(grid, nation).flatMap((line) =>
      servicesAbsentIn(line, nation).map((service) => `${service}: ${line}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(BUNDLED.map((grid) => ({ id: grid.id, grid })))(
    '$id words for every nation any line that names a nation’s own service',
    ({ grid }) => {
      // With no nation set, or a nation without its own wording, the general line shows: it
      // must name no service that exists in only some nations.
      const general = linesFor(grid, undefined).filter((line) =>
        NATIONS.some((nation) => servicesAbsentIn(line, nation).length > 0),
      );
      expect(general).toEqual([]);
    },
  );

  it.each(BUNDLED.filter((g) => g.language === 'cy').map((grid) => ({ id: grid.id, grid })))(
    '$id never renames England’s NHS 111 "GIG 111"',
    ({ grid }) => {
      const text = JSON.stringify(grid);
      expect(text).not.toMatch(/GIG 111(?! Cymru)/);
    },
  );

  it('every safety-net line that names a nation’s route has a variant for all four nations', () => {
    const partial = BUNDLED.flatMap((grid) =>
      safetyNetEntries(grid)
        .filter((line) => line.byNation)
        .filter((line) => NATIONS.some((nation) => !line.byNation?.[nation]))
        .map((line) => `${grid.id}: ${line.text}`),
    );
    expect(partial).toEqual([]);
  });
});
