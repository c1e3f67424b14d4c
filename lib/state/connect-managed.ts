import type { ManagedArea } from '../settings/managed';
import type { SettingsStore } from './settings-store';

/** The slice of `browser.storage` needed to follow central settings; passed in so lib/ stays browser-free. */
export interface StorageEvents {
  managed?: ManagedArea;
  onChanged: { addListener(listener: (changes: object, areaName: string) => void): void };
}

/**
 * Loads the settings and keeps central values current: Chrome re-reads policy
 * every few minutes and on change, so a page left open picks up a new policy.
 */
export async function connectSettings(storage: StorageEvents, store: SettingsStore): Promise<void> {
  storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void store.reloadManaged();
  });
  await store.load();
}
