import type { Consultation } from '../domain/consultation';
import { optionLabelIn } from './product-options';
import type { OptionGrid } from '../option-grids/grid';
import { gridInLanguage } from '../option-grids/grid-language';
import type { PlanDecision, PlanOption } from './agreed-plan';
import { clean, list } from '../domain/read-values';

/**
 * What was decided (framework.md §5), read once for every output: the options chosen, by their
 * own names; an informed choice of no treatment only when the clinician ticked it and nothing
 * but a do-nothing option was chosen (choosing "Healthy changes only" is choosing that option,
 * not declining treatment); not decided yet, with the date to decide by; or nothing recorded.
 */
export function planDecision(
  c: Consultation,
  grid: OptionGrid | null | undefined,
  translations: readonly OptionGrid[] | undefined,
): PlanDecision {
  const a = c.agreement;
  const chosenIds = new Set(list(a.chosenOptionIds));
  const leaning = new Set(list(c.options.leaning));
  const used = c.options.grid?.id;
  const gridRead = grid && used && (grid.id === used || grid.translationOf === used) ? grid : null;
  const welsh = gridInLanguage(gridRead, translations, 'cy');
  const gridIds = new Set(list(gridRead?.options).map((o) => o.id));
  // Rows that mattered were read across every option of the grid: those options were discussed.
  const rowsRead = list(c.options.questionsThatMattered).length > 0;
  const options: PlanOption[] = list(c.options.options)
    .filter((o) => clean(o.label))
    .map((o) => {
      const fromGrid = gridIds.has(o.id);
      const chosen = chosenIds.has(o.id);
      const cy = list(welsh?.options).find((w) => w.id === o.id)?.label;
      return {
        id: o.id,
        label: { en: clean(o.label), cy: clean(cy) || optionLabelIn(clean(o.label), 'cy') },
        pros: clean(o.pros),
        cons: clean(o.cons),
        isDoNothing: o.isDoNothing === true,
        fromGrid,
        discussed: !fromGrid || chosen || leaning.has(o.id) || rowsRead,
        chosen,
      };
    });
  const chosen = options.filter((o) => o.chosen);
  const onlyDoingNothing = chosen.every((o) => o.isDoNothing);
  const informedNoTreatment = a.noTreatment === true && onlyDoingNothing && a.notDecided !== true;
  const base = { options, rationale: clean(a.rationale), informedNoTreatment, decideBy: '' };
  if (a.notDecided === true && chosen.length === 0)
    return { ...base, kind: 'not-decided', chosen: [], decideBy: clean(a.decideBy) };
  if (chosen.length > 0) return { ...base, kind: 'chosen', chosen: chosen.map((o) => o.label.en) };
  if (informedNoTreatment) return { ...base, kind: 'no-treatment', chosen: [] };
  return { ...base, kind: 'none', chosen: [] };
}
