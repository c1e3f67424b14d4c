import type { Consultation } from '../domain/consultation';
import { formatLongDate } from '../i18n/format-date';
import type { EarlierDecision } from './earlier-plan-details';

/** One option of an earlier plan as the review shows it. */
export interface EarlierOption {
  label: string;
  benefits: string;
  risks: string;
  chosen: boolean;
}

/** The decision of an earlier plan, as the review and the confirm screen say it. */
export function decisionWords(kind: EarlierDecision, chosen: readonly string[], decideBy: string): string {
  if (kind === 'chosen') return `Option chosen: ${chosen.join('; ')}`;
  if (kind === 'noTreatment') return 'No treatment: an informed choice';
  if (kind === 'notDecided')
    return decideBy ? `Not decided yet (to decide by ${formatLongDate(decideBy)})` : 'Not decided yet';
  return 'No decision recorded';
}

/** The decision an earlier plan (kept on this computer or read back) holds. */
export function earlierDecision(plan: Consultation): { kind: EarlierDecision; options: EarlierOption[] } {
  const chosenIds = new Set(plan.agreement.chosenOptionIds);
  const options = plan.options.options
    .filter((o) => o.label.trim())
    .map((o) => ({ label: o.label, benefits: o.pros, risks: o.cons, chosen: chosenIds.has(o.id) }));
  const kind: EarlierDecision = options.some((o) => o.chosen)
    ? 'chosen'
    : plan.agreement.notDecided
      ? 'notDecided'
      : plan.agreement.noTreatment
        ? 'noTreatment'
        : 'none';
  return { kind, options };
}
