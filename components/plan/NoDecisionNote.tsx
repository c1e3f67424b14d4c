import type { Consultation } from '../../lib/domain/consultation';
import { agreedWithNoDecision } from '../../lib/plan/plan-status';

interface Props {
  consultation: Consultation;
}

/**
 * Beside the "Plan agreed" tick: ticked over options with none chosen is not an agreed decision,
 * and every output says "not decided". Said plainly here, so the tick is not read as one.
 */
export function NoDecisionNote({ consultation }: Props) {
  if (!agreedWithNoDecision(consultation)) return null;
  return (
    <p class="nudge nudge--warn" role="status">
      No option is chosen yet, so the plan says “not decided”, not an agreed decision. Choose an option above,
      or tick “Not decided yet” and give a date to decide by.
    </p>
  );
}
