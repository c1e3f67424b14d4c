import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { handOverEndedEarly } from './hand-over-lock';
import './hand-over-locked.css';

type Hold = FunctionComponent<{ onUnlock: () => void }>;
let loadedHold: Hold | null = null;

/**
 * Loads the hold button. The hand-over step calls it before any hand-over starts, so the button is
 * there the moment the panel locks; the panel's first load does without it (docs/performance.md).
 */
export function loadHoldToUnlock(): Promise<Hold> {
  return import('./HoldToUnlock').then((module) => (loadedHold = module.HoldToUnlock));
}

/**
 * Covers the whole panel after a hand-over window was closed any way but the hold (docs/collaborate.md,
 * "Ending early"): the patient may still hold the device, so nothing of the consultation shows until
 * the clinician holds the button. The cover never waits for the button's code.
 */
export function HandOverLocked() {
  const ended = handOverEndedEarly.value;
  const [HoldButton, setHoldButton] = useState<Hold | null>(() => loadedHold);
  useEffect(() => {
    if (ended && !HoldButton) void loadHoldToUnlock().then((hold) => setHoldButton(() => hold));
  }, [ended, HoldButton]);
  if (!ended) return null;
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
      {HoldButton ? <HoldButton onUnlock={() => (handOverEndedEarly.value = false)} /> : null}
    </div>
  );
}
