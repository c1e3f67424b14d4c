// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StartNew } from '../../../components/ui/StartNew';
import { newConsultation } from '../../../lib/domain/new-consultation';

const blank = newConsultation({ id: 'c1', now: new Date(0), path: 'quick', plannedMinutes: 10 });
const typed = { ...blank, agenda: { ...blank.agenda, whatMatters: 'Sleep' } };

describe('<StartNew>', () => {
  it('starts at once when nothing was typed', () => {
    const onStart = vi.fn(() => Promise.resolve());
    render(<StartNew consultation={blank} onStart={onStart} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('asks first when something was typed, and Cancel keeps the consultation open', () => {
    const onStart = vi.fn(() => Promise.resolve());
    render(<StartNew consultation={typed} onStart={onStart} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    expect(screen.getByText(/This consultation is saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onStart).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, start new' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  it('says plainly that unsaved changes would be lost when the last save failed, even if blank', () => {
    const onStart = vi.fn(() => Promise.resolve());
    render(<StartNew consultation={blank} saveFailed onStart={onStart} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start new consultation' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(screen.getByText(/could not be saved/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start new and lose unsaved changes' }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });
});
