import type { CarePlanActivity } from '@medplum/fhirtypes';
import type { AgreedPlan } from '../plan/agreed-plan';
import { DECISION_STATUS_CODING, DECISION_STATUS_OF } from './codes/decision-status';
import { ACTIVITY, DECISION_OUTCOME, gridUri, type DecisionKind } from './fhir-format';
import { compact, isoDate } from './fhir-parts';

/** The agreed-plan document's decision, in the names the bundle uses. */
export function decisionKind(plan: AgreedPlan): DecisionKind {
  const d = plan.decision;
  return d.kind === 'chosen'
    ? 'chosen'
    : d.kind === 'no-treatment'
      ? 'noTreatment'
      : d.kind === 'not-decided'
        ? 'notDecided'
        : 'none';
}

const NO_TREATMENT = 'Informed choice of no treatment at present';

/**
 * The shared decision as the plan's first activity: the option chosen by its own name, the
 * outcome in words with PRSB's decision status coded beside it (none when nothing was decided),
 * and the grid it used.
 */
export function decisionActivity(plan: AgreedPlan): CarePlanActivity {
  const d = plan.decision;
  const kind = decisionKind(plan);
  const grid = plan.grid;
  const description =
    kind === 'chosen' ? d.chosen.join('; ') : kind === 'noTreatment' ? NO_TREATMENT : DECISION_OUTCOME[kind];
  const decideBy = isoDate(d.decideBy);
  const status = kind === 'none' ? null : DECISION_STATUS_CODING[DECISION_STATUS_OF[kind]];
  return {
    outcomeCodeableConcept: [
      status ? { coding: [status], text: DECISION_OUTCOME[kind] } : { text: DECISION_OUTCOME[kind] },
    ],
    detail: compact({
      code: { text: ACTIVITY.decision },
      status:
        kind === 'notDecided'
          ? ('in-progress' as const)
          : kind === 'none'
            ? ('not-started' as const)
            : ('completed' as const),
      description,
      // Not decided yet: the date to decide by, as when the decision is scheduled.
      scheduledPeriod: kind === 'notDecided' && decideBy ? { end: decideBy } : undefined,
      instantiatesUri: grid && grid.id ? [gridUri(grid.id, grid.version)] : undefined,
    }),
  };
}
