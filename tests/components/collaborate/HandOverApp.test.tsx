// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandOverApp } from '../../../components/collaborate/HandOverApp';
import { HOLD_MS } from '../../../components/collaborate/HoldToUnlock';
import { handOverLanguages } from '../../../lib/collaborate/welsh-switch';
import type { CollaborateResponse } from '../../../lib/domain/consultation';

const NOW = new Date('2026-11-29T10:00:00Z');

// The Welsh version is offered only once the authors' agreement is recorded (docs/collaborate.md).
const AGREED = handOverLanguages('Agreed by the collaboRATE authors, letter of 2027-01-10');

function setUp(language: 'en' | 'cy' = 'en', consultationId = 'c1', languages = AGREED) {
  const saved: CollaborateResponse[] = [];
  const onUnlock = vi.fn();
  render(
    <HandOverApp
      consultationId={consultationId}
      language={language}
      languages={languages}
      save={(response) => {
        saved.push(response);
        return Promise.resolve();
      }}
      onUnlock={onUnlock}
      now={() => NOW}
    />,
  );
  return { saved, onUnlock };
}

const pick = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const holdButton = () => screen.getByRole('button', { name: /^Clinician: press and hold to return/ });

afterEach(() => vi.useRealTimers());

describe('HandOverApp (the patient’s collaboRATE screen)', () => {
  it('asks the three questions one at a time and saves all three with the language', async () => {
    const { saved } = setUp();
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeTruthy();
    press('Next');
    expect(screen.getByRole('alert').textContent).toBe('Choose a number from 0 to 9 first.');
    pick('9: Every effort was made');
    press('Next');
    pick('0: No effort was made');
    press('Next');
    pick('7');
    press('Finish');
    await screen.findByRole('heading', { name: 'Thank you. Your answers are saved.' });
    expect(saved).toEqual([{ answers: [9, 0, 7], language: 'en', answeredAt: NOW.toISOString() }]);
  });

  it('offers no Welsh while the authors’ agreement is not recorded, even when Welsh was asked for', () => {
    setUp('cy', 'c1', handOverLanguages(''));
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cymraeg' })).toBeNull();
    expect(screen.queryByText(/Faint o ymdrech/)).toBeNull();
  });

  it('switches to Welsh on the patient’s choice, and records the answers as given in Welsh', async () => {
    const { saved } = setUp();
    press('Cymraeg');
    expect(screen.getByRole('heading', { name: 'Cwestiwn 1 o 3' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('cy');
    for (const last of [false, false, true]) {
      pick('9: Gwnaed pob ymdrech');
      press(last ? 'Gorffen' : 'Nesaf');
    }
    await screen.findByRole('heading', { name: 'Diolch. Mae eich atebion wedi’u cadw.' });
    expect(saved[0]?.language).toBe('cy');
  });

  it('opened without a consultation, asks nothing and says to hand it back', () => {
    setUp('en', '');
    expect(screen.getByRole('alert').textContent).toContain('opens from Cocreate’s side panel');
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('returns to the clinician only after the button is held, never on a click', () => {
    vi.useFakeTimers();
    const { onUnlock } = setUp();
    fireEvent.click(holdButton());
    fireEvent.pointerDown(holdButton(), { button: 0 });
    void act(() => void vi.advanceTimersByTime(HOLD_MS - 100));
    fireEvent.pointerUp(holdButton());
    void act(() => void vi.advanceTimersByTime(HOLD_MS));
    expect(onUnlock).not.toHaveBeenCalled();

    fireEvent.keyDown(holdButton(), { key: ' ' });
    expect(screen.getByText('Keep holding… · Daliwch ati…')).toBeTruthy();
    void act(() => void vi.advanceTimersByTime(HOLD_MS));
    expect(onUnlock).toHaveBeenCalledTimes(1);
  });
});
