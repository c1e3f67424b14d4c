import { describe, expect, it } from 'vitest';
import type { ManagedArea } from '../../../lib/settings/managed';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { readSettings, writeSettings } from '../../../lib/storage/settings';
import { createSettingsStore } from '../../../lib/state/settings-store';
import { testDb } from '../test-db';

/** A managed storage area as the browser presents it: whatever the policy holds. */
function policy(values: Record<string, unknown>): ManagedArea {
  return { get: () => Promise.resolve(values) };
}

describe('settings store', () => {
  it('uses the defaults when nothing is saved and no policy is set', async () => {
    const store = createSettingsStore({ db: testDb(`s-${Math.random()}`), managedArea: policy({}) });
    await store.load();
    expect(store.effective.value).toEqual(DEFAULT_SETTINGS);
    expect(store.locked.value.size).toBe(0);
  });

  it('lets a central value win over this PC and locks only that setting', async () => {
    const db = testDb(`s-${Math.random()}`);
    await writeSettings(db, { ...DEFAULT_SETTINGS, practiceName: 'Local name', appointmentMinutes: 15 });
    const store = createSettingsStore({
      db,
      managedArea: policy({ practiceName: 'Riverside Surgery', defaultPath: 'full' }),
    });
    await store.load();
    expect(store.effective.value.practiceName).toBe('Riverside Surgery');
    expect(store.effective.value.defaultPath).toBe('full');
    expect(store.effective.value.appointmentMinutes).toBe(15);
    expect([...store.locked.value].sort()).toEqual(['defaultPath', 'practiceName']);
  });

  it('keeps the local value of a locked setting when saving, so lifting the policy restores it', async () => {
    const db = testDb(`s-${Math.random()}`);
    await writeSettings(db, { ...DEFAULT_SETTINGS, practiceName: 'Local name' });
    const store = createSettingsStore({ db, managedArea: policy({ practiceName: 'Riverside Surgery' }) });
    await store.load();
    await store.save({ ...store.effective.value, clinicianName: 'Dr A Jones' });
    const saved = await readSettings(db);
    expect(saved.practiceName).toBe('Local name');
    expect(saved.clinicianName).toBe('Dr A Jones');
    expect(store.effective.value.practiceName).toBe('Riverside Surgery');
  });

  it('follows a policy change when asked to reload central values', async () => {
    const values: Record<string, unknown> = {};
    const store = createSettingsStore({ db: testDb(`s-${Math.random()}`), managedArea: policy(values) });
    await store.load();
    values.largePrint = true;
    await store.reloadManaged();
    expect(store.effective.value.largePrint).toBe(true);
    expect(store.locked.value.has('largePrint')).toBe(true);
  });
});
