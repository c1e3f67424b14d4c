import type { Consultation } from '../domain/consultation';
import type { PlanDecision, PlanStatus } from './agreed-plan';
import { planDecision } from './outcome';

/**
 * Where the plan stands: a draft until "Plan agreed" is ticked; then "not decided" when the
 * patient has not decided yet, or options were on the table and none was chosen (a plan of goals
 * and actions with no options had no decision to make).
 */
export function planStatus(c: Consultation, decision: PlanDecision): PlanStatus {
  if (c.status === 'open') return 'draft';
  const undecided =
    decision.kind === 'not-decided' || (decision.kind === 'none' && decision.options.length > 0);
  return undecided ? 'not-decided' : 'agreed';
}

/**
 * "Plan agreed" is ticked over options with none chosen, and "not decided yet" was not recorded:
 * every output says "not decided", and the panel says so beside the tick.
 */
export function agreedWithNoDecision(c: Consultation): boolean {
  const decision = planDecision(c, null, undefined);
  return planStatus(c, decision) === 'not-decided' && decision.kind === 'none';
}
