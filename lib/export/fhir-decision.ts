import type { Consultation } from '../domain/consultation';
import { clean, list } from '../plan/lines';
import type { DecisionKind } from './fhir-format';

export interface Decision {
  kind: DecisionKind;
  /** Labels of the chosen options, in the order chosen; empty unless kind is 'chosen'. */
  chosen: string[];
}

/**
 * Where the consultation stands on the decision (framework.md §5): an option chosen, an informed
 * choice of no treatment, or not decided yet. Total: a half-finished or older record is "not decided yet".
 */
export function decisionOf(c: Consultation): Decision {
  if (c.agreement.noTreatment === true) return { kind: 'noTreatment', chosen: [] };
  const byId = new Map(list(c.options.options).map((o) => [o.id, clean(o.label)]));
  const chosen = list(c.agreement.chosenOptionIds)
    .map((id) => byId.get(id) ?? '')
    .filter(Boolean);
  return chosen.length > 0 ? { kind: 'chosen', chosen } : { kind: 'notDecided', chosen: [] };
}
