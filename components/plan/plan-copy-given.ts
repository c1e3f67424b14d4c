import type { Consultation, PlanCopyGiven } from '../../lib/domain/consultation';
import { withCopyGiven } from '../../lib/plan/copy-given';
import type { DocumentLanguage } from '../../lib/plan/plan-types';

/** Anything that can change the consultation: the panel's model, or the patient view's own writer. */
export interface ConsultationWriter {
  update(change: (current: Consultation) => Consultation): void;
}

/**
 * THE event "a copy of the patient version was given": printed, downloaded or inserted,
 * in these languages. Every way out calls this one function (docs/plan-truth.md), so the
 * note's "Copy of plan given" line and anything else that follows the event agree.
 */
export function planCopyGiven(
  writer: ConsultationWriter,
  how: PlanCopyGiven['how'],
  languages: readonly DocumentLanguage[],
  now: Date = new Date(),
): void {
  writer.update((c) => withCopyGiven(c, { how, languages: [...languages], at: now.toISOString() }));
}
