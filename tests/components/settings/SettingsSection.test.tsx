// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SettingsSection } from '../../../components/settings/SettingsSection';
import { SETTING_DESCRIPTORS } from '../../../components/settings/setting-descriptors';
import { SETTING_KEYS } from '../../../lib/settings/setting-fields';
import { readSettings } from '../../../lib/storage/settings';
import { createSettingsStore } from '../../../lib/state/settings-store';
import { testDb } from '../../unit/test-db';

async function renderSettings(policy: Record<string, unknown> = {}) {
  const db = testDb(`settings-${Math.random()}`);
  const store = createSettingsStore({ db, managedArea: { get: () => Promise.resolve(policy) } });
  await store.load();
  render(<SettingsSection store={store} />);
  return { db, store };
}

describe('settings page', () => {
  it('shows every setting exactly once', () => {
    expect(SETTING_DESCRIPTORS.map((d) => d.key).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('saves what the clinician types', async () => {
    const { db } = await renderSettings();
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Sam Evans' } });
    fireEvent.input(screen.getByLabelText('Default appointment length (minutes)'), {
      target: { value: '15' },
    });
    fireEvent.change(screen.getByLabelText('Default plan language'), { target: { value: 'both' } });
    fireEvent.click(screen.getByLabelText('Large print plans by default'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByText('Settings saved.');
    expect(await readSettings(db)).toMatchObject({
      clinicianName: 'Sam Evans',
      appointmentMinutes: 15,
      planLanguage: 'both',
      largePrint: true,
    });
  });

  it('refuses an appointment length out of range, in plain words, and saves nothing', async () => {
    const { db } = await renderSettings();
    fireEvent.input(screen.getByLabelText('Default appointment length (minutes)'), {
      target: { value: '600' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Enter a whole number from 5 to 120.')).toBeTruthy();
    expect(screen.getByText('Not saved: please check the settings marked above.')).toBeTruthy();
    expect((await readSettings(db)).appointmentMinutes).toBe(10);
  });

  it('shows a centrally set value locked, with the reason, and keeps the rest editable', async () => {
    await renderSettings({ practiceName: 'Riverside Surgery', largePrint: true });
    const practice = screen.getByLabelText<HTMLInputElement>('Practice name');
    expect(practice.value).toBe('Riverside Surgery');
    expect(practice.disabled).toBe(true);
    expect(practice.getAttribute('aria-describedby')).toContain('setting-practiceName-locked');
    expect(screen.getAllByText('Set by your practice')).toHaveLength(2);
    expect(screen.getByLabelText<HTMLInputElement>('Large print plans by default').disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Your name').disabled).toBe(false);
  });

  it('saves the unlocked settings while a policy is in force', async () => {
    const { db, store } = await renderSettings({ practiceName: 'Riverside Surgery' });
    fireEvent.input(screen.getByLabelText('Your role'), { target: { value: 'Practice nurse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    expect((await readSettings(db)).clinicianRole).toBe('Practice nurse');
    await waitFor(() => expect(store.effective.value.practiceName).toBe('Riverside Surgery'));
  });

  it('locks a central value that arrives after the page is shown (Chromium reads policy lazily)', async () => {
    let arrive: (values: Record<string, unknown>) => void = () => undefined;
    const late = new Promise<Record<string, unknown>>((resolve) => (arrive = resolve));
    const store = createSettingsStore({
      db: testDb(`settings-${Math.random()}`),
      managedArea: { get: () => late },
    });
    await store.load();
    render(<SettingsSection store={store} />);
    const practice = screen.getByLabelText<HTMLInputElement>('Practice name');
    expect(practice.disabled).toBe(false);

    arrive({ practiceName: 'Riverside Surgery' });

    await waitFor(() => expect(practice.disabled).toBe(true));
    expect(practice.value).toBe('Riverside Surgery');
    expect(screen.getByText(/Your practice has set some of these centrally/)).toBeTruthy();
  });
});
