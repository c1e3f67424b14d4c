import { useEffect, useState } from 'preact/hooks';

interface ClockProps {
  startedAt: number;
  plannedMinutes: number;
  onPlannedMinutes: (minutes: number) => void;
  onRestart: () => void;
  /** Injected so tests can fix the time. */
  now?: () => number;
}

/**
 * "Clarify how long we have" at a glance (framework.md §2): time used of the
 * planned length. Silent by design: no alarms or sounds, only a quiet colour
 * change once time is up. Updates every 15 seconds; minutes are enough.
 */
export function AppointmentClock({
  startedAt,
  plannedMinutes,
  onPlannedMinutes,
  onRestart,
  now = Date.now,
}: ClockProps) {
  const [time, setTime] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 15_000);
    return () => clearInterval(timer);
  }, [now]);
  const used = Math.max(0, Math.floor((time - startedAt) / 60_000));
  const over = plannedMinutes > 0 && used >= plannedMinutes;
  return (
    <div class={`clock${over ? ' clock--over' : ''}`}>
      <p class="clock__used" role="timer" aria-live="off">
        {used} of {plannedMinutes} min used
      </p>
      <label class="clock__length">
        <span>Appointment length (minutes)</span>
        <input
          type="number"
          min={1}
          max={240}
          value={plannedMinutes}
          onInput={(event) => {
            const minutes = Number(event.currentTarget.value);
            if (Number.isFinite(minutes) && minutes > 0) onPlannedMinutes(Math.round(minutes));
          }}
        />
      </label>
      <button type="button" class="link-button" onClick={onRestart}>
        Restart clock
      </button>
    </div>
  );
}
