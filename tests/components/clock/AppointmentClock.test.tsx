// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AppointmentClock } from '../../../components/clock/AppointmentClock';

const MINUTE = 60_000;

function renderClock(usedMs: number, plannedMinutes = 10) {
  const onPlannedMinutes = vi.fn();
  const onRestart = vi.fn();
  const view = render(
    <AppointmentClock
      startedAt={0}
      plannedMinutes={plannedMinutes}
      onPlannedMinutes={onPlannedMinutes}
      onRestart={onRestart}
      now={() => usedMs}
    />,
  );
  return { ...view, onPlannedMinutes, onRestart };
}

describe('<AppointmentClock>', () => {
  it('shows whole minutes used of the planned length', () => {
    renderClock(3.5 * MINUTE);
    expect(screen.getByRole('timer').textContent).toBe('3 of 10 min used');
  });

  it('changes colour quietly once time is up: no alert, no sound', () => {
    const { container } = renderClock(11 * MINUTE);
    expect(container.querySelector('.clock--over')).not.toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('audio')).toBeNull();
  });

  it('sets the appointment length, ignoring nonsense', () => {
    const { onPlannedMinutes } = renderClock(0);
    const length = screen.getByLabelText('Appointment length (minutes)');
    fireEvent.input(length, { target: { value: '15' } });
    fireEvent.input(length, { target: { value: '0' } });
    fireEvent.input(length, { target: { value: '' } });
    expect(onPlannedMinutes.mock.calls).toEqual([[15]]);
  });

  it('restarts', () => {
    const { onRestart } = renderClock(0);
    fireEvent.click(screen.getByRole('button', { name: 'Restart clock' }));
    expect(onRestart).toHaveBeenCalledTimes(1);
  });
});
