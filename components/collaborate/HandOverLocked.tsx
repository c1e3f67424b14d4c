import { HoldToUnlock } from './HoldToUnlock';
import { handOverEndedEarly } from './hand-over-lock';
import './hand-over-locked.css';

/**
 * Covers the whole panel after a hand-over window was closed any way but the hold (docs/collaborate.md,
 * "Ending early"): the patient may still hold the device, so nothing of the consultation shows until
 * the clinician holds the button.
 */
export function HandOverLocked() {
  if (!handOverEndedEarly.value) return null;
  return (
    <div
      class="hand-over-locked"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="hand-over-locked-title"
    >
      <h2 id="hand-over-locked-title">The hand-over ended early</h2>
      <p>
        The patient’s screen was closed without the hold. Cocreate is locked: the clinician holds the button
        to return.
      </p>
      <HoldToUnlock onUnlock={() => (handOverEndedEarly.value = false)} />
    </div>
  );
}
