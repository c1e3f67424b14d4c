import type { Consultation } from '../domain/consultation';
import { clean, list } from '../plan/lines';
import type { DecisionKind } from './fhir-format';
import { isoDate } from './fhir-parts';

export interface Decision {
  kind: DecisionKind;
  /** Labels of the chosen options, in the order chosen; empty unless kind is 'chosen'. */
  chosen: string[];
  /** When not decided yet: the date to decide by (YYYY-MM-DD), or undefined. */
  decideBy?: string;
}

/** Fields of the third outcome; absent on records saved before it existed. */
interface NotDecidedFields {
  notDecided?: unknown;
  decideBy?: unknown;
}

/**
 * Where the consultation stands on the decision (framework.md §5): an option chosen, an informed
 * choice of no treatment, or not decided yet. Total: a half-finished or older record with nothing
 * chosen is "not decided yet".
 */
export function decisionOf(c: Consultation): Decision {
  const third = c.agreement as NotDecidedFields & typeof c.agreement;
  const decideBy = isoDate(third.decideBy);
  const notDecided = { kind: 'notDecided' as const, chosen: [], ...(decideBy ? { decideBy } : {}) };
  if (third.notDecided === true) return notDecided;
  if (c.agreement.noTreatment === true) return { kind: 'noTreatment', chosen: [] };
  const byId = new Map(list(c.options.options).map((o) => [o.id, clean(o.label)]));
  const chosen = list(c.agreement.chosenOptionIds)
    .map((id) => byId.get(id) ?? '')
    .filter(Boolean);
  return chosen.length > 0 ? { kind: 'chosen', chosen } : notDecided;
}
