// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { HandOverLocked, loadHoldToUnlock } from '../../../components/collaborate/HandOverLocked';
import { HOLD_MS } from '../../../components/collaborate/HoldToUnlock';
import { handOverEndedEarly } from '../../../components/collaborate/hand-over-lock';

// The hand-over step loads the hold button before any hand-over starts, as here.
beforeAll(async () => {
  await loadHoldToUnlock();
});

afterEach(() => {
  handOverEndedEarly.value = false;
  vi.useRealTimers();
});

describe('the panel after a hand-over ended early', () => {
  it('shows nothing while no hand-over ended early', () => {
    const { container } = render(<HandOverLocked />);
    expect(container.textContent).toBe('');
  });

  it('locks with a plain message until the clinician holds the button; a click does not unlock', () => {
    vi.useFakeTimers();
    handOverEndedEarly.value = true;
    render(<HandOverLocked />);
    const dialog = screen.getByRole('alertdialog', { name: 'The hand-over ended early' });
    const button = dialog.querySelector('button')!;
    fireEvent.click(button);
    expect(handOverEndedEarly.value).toBe(true);
    fireEvent.pointerDown(button);
    void act(() => void vi.advanceTimersByTime(HOLD_MS + 10));
    expect(handOverEndedEarly.value).toBe(false);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
