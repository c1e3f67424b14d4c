import { insertNote } from '../../lib/outputs/insert-note';
import { patientView } from '../../lib/outputs/patient-view';
import { CheckboxField } from '../fields/CheckboxField';
import { planBarRun } from './plan-bar-actions';
import './plan-bar.css';

interface PlanBarProps {
  agreed: boolean;
  onAgreed: (agreed: boolean) => void;
}

/**
 * "Plan agreed" and the outputs a GP uses most, in a bar that stays at the foot of step 5 while
 * the step scrolls (docs/quick-path.md, "Controls where the eyes are"): the same outputs as the
 * plan's own buttons, run by the plan panel, whose status line says what happened. The text
 * message has an editable box, so its button takes the clinician to it.
 */
export function PlanBar({ agreed, onAgreed }: PlanBarProps) {
  const run = planBarRun.value;
  const toTextMessage = () => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('.plan-panel button')].find(
      (candidate) => candidate.textContent?.trim() === 'Copy as text message',
    );
    button?.scrollIntoView({ block: 'center' });
    button?.focus();
  };
  return (
    <div class="plan-bar" role="group" aria-label="Agree and send the plan">
      <CheckboxField label="Plan agreed with the patient" checked={agreed} onChange={onAgreed} />
      <div class="plan-bar__outputs">
        <button type="button" disabled={!run} onClick={() => run?.(insertNote)}>
          Insert note
        </button>
        <button type="button" disabled={!run} onClick={() => run?.(patientView)}>
          Print the plan
        </button>
        <button type="button" disabled={!run} onClick={toTextMessage}>
          Text message…
        </button>
      </div>
    </div>
  );
}
