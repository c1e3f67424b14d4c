import type { Consultation } from '../domain/consultation';
import { clean, list } from './lines';

/**
 * What was decided, one of four: options chosen, an informed choice of no treatment,
 * not decided yet (with the date to decide by), or nothing recorded. The plan, the note
 * and the summary line all read it from here, so they never disagree.
 */
export type DecisionOutcome =
  | { kind: 'chosen'; chosen: string[] }
  | { kind: 'no-treatment' }
  | { kind: 'not-decided'; decideBy: string }
  | { kind: 'none' };

export function decisionOutcome(c: Consultation): DecisionOutcome {
  const a = c.agreement;
  if (a.noTreatment === true) return { kind: 'no-treatment' };
  if (a.notDecided === true) return { kind: 'not-decided', decideBy: clean(a.decideBy) };
  const byId = new Map(list(c.options.options).map((option) => [option.id, clean(option.label)]));
  const chosen = list(a.chosenOptionIds)
    .map((id) => byId.get(id) ?? '')
    .filter(Boolean);
  return chosen.length > 0 ? { kind: 'chosen', chosen } : { kind: 'none' };
}

/** Whether a "do nothing / wait" option was among the options discussed. */
export function doNothingDiscussed(c: Consultation): boolean {
  return list(c.options.options).some((option) => option.isDoNothing === true && clean(option.label) !== '');
}
