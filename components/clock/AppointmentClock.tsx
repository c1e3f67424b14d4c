import { useEffect, useState } from 'preact/hooks';

interface ClockProps {
  startedAt: number;
  plannedMinutes: number;
  onPlannedMinutes: (minutes: number) => void;
  onRestart: () => void;
  /** The time now in milliseconds, from the page's model (a test fixes it). */
  now: () => number;
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
  now,
}: ClockProps) {
  const [time, setTime] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 15_000);
    return () => clearInterval(timer);
  }, [now]);
  const used = Math.max(0, Math.floor((time - startedAt) / 60_000));
  const over = plannedMinutes > 0 && used >= plannedMinutes;
  // One line, read as a sentence: "3 of [10] min used". The planned length is the box in it.
  return (
    <div class={`clock${over ? ' clock--over' : ''}`}>
      <p class="clock__line">
        <span class="clock__used" aria-hidden="true">
          {used} of
        </span>
        <input
          autocomplete="off"
          class="clock__length"
          type="number"
          min={1}
          max={240}
          aria-label="Appointment length (minutes)"
          value={plannedMinutes}
          onInput={(event) => {
            const minutes = Number(event.currentTarget.value);
            if (Number.isFinite(minutes) && minutes > 0) onPlannedMinutes(Math.round(minutes));
          }}
        />
        <span aria-hidden="true">min used</span>
        <span class="visually-hidden" role="timer" aria-live="off">
          {used} of {plannedMinutes} min used
        </span>
      </p>
      <button type="button" class="link-button" onClick={onRestart}>
        Restart clock
      </button>
    </div>
  );
}
