import { readFileSync } from 'node:fs';
import type { Consultation } from '../../../lib/domain/consultation';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { parseGrid } from '../../../lib/option-grids/parse-grid';
import type { PlanContext } from '../../../lib/plan/plan-types';
import { complete, context } from '../plan/consultations';

/**
 * "Not decided yet" (framework.md §5: patients need time to consider): options weighed, nothing
 * chosen, no treatment not chosen either, the plan still open. `decideBy` sets the third outcome's
 * fields (`agreement.notDecided`, `agreement.decideBy`), which older records do not have.
 */
export function notDecidedYet(decideBy?: string): Consultation {
  const c = complete();
  const agreement = { ...c.agreement, chosenOptionIds: [], noTreatment: false, rationale: '' };
  if (decideBy !== undefined) Object.assign(agreement, { notDecided: true, decideBy });
  return { ...c, status: 'open', agreement };
}

const bundledGrid = (name: string): OptionGrid => {
  const parsed = parseGrid(JSON.parse(readFileSync(`lib/option-grids/bundled/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.grid;
};

/**
 * A consultation that used the bundled raised-blood-pressure grid: its three options copied in
 * with their benefits and downsides, a row that mattered read across all of them (so all were
 * discussed), "Healthy changes first" chosen, the plan written in English and Welsh.
 */
export function gridConsultation(): { consultation: Consultation; context: PlanContext } {
  const grid = bundledGrid('raised-blood-pressure');
  const welsh = bundledGrid('raised-blood-pressure-cy');
  const c = complete();
  const consultation: Consultation = {
    ...c,
    options: {
      ...c.options,
      grid: { id: grid.id, version: grid.version, title: grid.title },
      options: grid.options.map((o) => ({
        id: o.id,
        label: o.label,
        pros: o.mainBenefit,
        cons: o.mainDownside,
        isDoNothing: o.isDoNothing,
      })),
      questionsThatMattered: ['how-well'],
      leaning: ['lifestyle'],
    },
    agreement: { ...c.agreement, chosenOptionIds: ['lifestyle'] },
  };
  return { consultation, context: context('both', { grid, gridTranslations: [welsh] }) };
}
