import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { createSettingsStore } from '../../../lib/state/settings-store';
import { testDb } from '../test-db';

describe('settings saved while the panel is open', () => {
  it('apply at once in the other open page (a real BroadcastChannel, as the pages use)', async () => {
    const db = testDb(`s-${Math.random()}`);
    const name = `cocreate-settings-test-${Math.random()}`;
    const none = { get: () => Promise.resolve({}) };
    const panel = createSettingsStore({ db, managedArea: none, port: new BroadcastChannel(name) });
    const settingsPage = createSettingsStore({ db, managedArea: none, port: new BroadcastChannel(name) });
    await Promise.all([panel.load(), settingsPage.load()]);
    expect(panel.effective.value.clinicianName).toBe('');

    await settingsPage.save({
      ...DEFAULT_SETTINGS,
      clinicianName: 'Nurse Bethan Owen',
      clinicianRole: 'Practice nurse',
    });

    await expect.poll(() => panel.effective.value.clinicianName, { timeout: 2000 }).toBe('Nurse Bethan Owen');
    expect(panel.effective.value.clinicianRole).toBe('Practice nurse');
  });
});
