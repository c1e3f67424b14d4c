import { useEffect, useRef, useState } from 'preact/hooks';
import { UNLOCK_HOLDING, UNLOCK_LABEL } from '../../lib/collaborate/instrument';

/** Long enough that a tap or a brush never unlocks; short enough for a clinician (docs/collaborate.md, "Unlock"). */
export const HOLD_MS = 2000;

const isActivationKey = (key: string) => key === ' ' || key === 'Enter';

/**
 * The clinician's way back from the hand-over screen: the button must be held down
 * (pointer, touch, or Space/Enter) for HOLD_MS. A click or a quick tap does nothing,
 * so a patient choosing answers does not leave the screen by accident.
 */
export function HoldToUnlock({ onUnlock }: { onUnlock: () => void }) {
  const [holding, setHolding] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
  };
  const start = () => {
    if (timer.current !== null) return;
    setHolding(true);
    timer.current = setTimeout(() => {
      timer.current = null;
      setHolding(false);
      onUnlock();
    }, HOLD_MS);
  };
  useEffect(() => stop, []);
  return (
    <div class="hold-box">
      <button
        type="button"
        class={holding ? 'hold hold--on' : 'hold'}
        onPointerDown={(event) => {
          // Only the main button or a touch: a right click is no hold.
          if (event.button === 0) start();
        }}
        onPointerUp={stop}
        onPointerLeave={stop}
        onPointerCancel={stop}
        onBlur={stop}
        onContextMenu={(event) => event.preventDefault()}
        onKeyDown={(event) => {
          if (!isActivationKey(event.key)) return;
          event.preventDefault();
          if (!event.repeat) start();
        }}
        onKeyUp={(event) => {
          if (isActivationKey(event.key)) stop();
        }}
      >
        <span class="hold__fill" aria-hidden="true" />
        <span class="hold__label">{UNLOCK_LABEL}</span>
      </button>
      <span class="hold__status" role="status">
        {holding ? UNLOCK_HOLDING : ''}
      </span>
    </div>
  );
}
