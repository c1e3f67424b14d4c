import type { EhrContext } from '../../lib/insert/ehr-context';
import { describeContext } from '../../lib/insert/messages';

interface Props {
  bound: EhrContext;
  now: EhrContext;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked when the EHR page is not the one this consultation is bound to: both shown side by side,
 * nothing written until the clinician says, having compared them, that it is the same patient.
 */
export function ConfirmPatient({ bound, now, onConfirm, onCancel }: Props) {
  return (
    <section class="confirm-patient" role="group" aria-labelledby="confirm-patient-heading">
      <h4 id="confirm-patient-heading">Is this the same patient?</h4>
      <dl>
        <dt>This consultation is bound to</dt>
        <dd data-context="bound">{describeContext(bound)}</dd>
        <dt>The EHR page now shows</dt>
        <dd data-context="now">{describeContext(now)}</dd>
      </dl>
      <div class="plan-actions">
        <button type="button" onClick={onConfirm}>
          Same patient: insert here
        </button>
        <button type="button" onClick={onCancel}>
          Not the same patient: cancel
        </button>
      </div>
    </section>
  );
}
