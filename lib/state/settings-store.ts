import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { applyManaged, lockedKeys, readManagedSettings, type ManagedArea } from '../settings/managed';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../settings/settings';
import type { DbSource } from '../storage/db';
import { readSettings, writeSettings } from '../storage/settings';

/** How long the panel waits at open for central values before showing this PC's. */
const MANAGED_WAIT_MS = 200;

export interface SettingsStore {
  /** What this PC has saved, before central values are applied. */
  local: ReadonlySignal<Settings>;
  /** Values set centrally by the practice (policy); these are locked. */
  managed: ReadonlySignal<Partial<Settings>>;
  /** What the sidebar and plan use: local values with central values on top. */
  effective: ReadonlySignal<Settings>;
  locked: ReadonlySignal<ReadonlySet<SettingKey>>;
  load(): Promise<void>;
  /** Re-reads central values (the browser reports policy changes while open). */
  reloadManaged(): Promise<void>;
  /** Saves this PC's values; locked keys keep their local value so lifting a policy restores it. */
  save(next: Settings): Promise<void>;
}

/** The part of `BroadcastChannel` used to tell other open pages that settings were saved. */
export interface SettingsPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export const SETTINGS_CHANNEL_NAME = 'cocreate-settings';
const SAVED = 'settings-saved';

export interface SettingsStoreDeps {
  /** The database, or its promise (the side panel opens it after the first paint). */
  db: DbSource;
  managedArea: ManagedArea | undefined;
  /**
   * Settings saved on one page (the settings page) apply at once in every other open page
   * (the side panel, the patient view): a nurse's first plan was signed with the GP's name
   * because the panel kept its settings until it was reopened.
   */
  port?: SettingsPort;
}

export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  const local = signal<Settings>(DEFAULT_SETTINGS);
  const managed = signal<Partial<Settings>>({});
  const locked = computed(() => lockedKeys(managed.value));

  async function reloadManaged(): Promise<void> {
    managed.value = await readManagedSettings(deps.managedArea);
  }

  deps.port?.addEventListener('message', (event) => {
    if (event.data === SAVED)
      void Promise.resolve(deps.db)
        .then(readSettings)
        .then((value) => (local.value = value));
  });

  return {
    local,
    managed,
    effective: computed(() => applyManaged(local.value, managed.value)),
    locked,
    async load() {
      // Chromium's first managed-storage read after start-up waits for the policy service
      // (3–6 s, measured in tests/e2e/settings-managed-policy.test.ts): never hold the panel for it. Central values
      // are applied the moment they arrive, and most starts find them already there.
      const managedRead = reloadManaged();
      local.value = await readSettings(await deps.db);
      await Promise.race([managedRead, new Promise((resolve) => setTimeout(resolve, MANAGED_WAIT_MS))]);
    },
    reloadManaged,
    async save(next) {
      const toSave = { ...next };
      for (const key of locked.value) (toSave as Record<SettingKey, unknown>)[key] = local.value[key];
      await writeSettings(await deps.db, toSave);
      local.value = toSave;
      try {
        deps.port?.postMessage(SAVED);
      } catch {
        // A closed channel: other pages pick the settings up when they next open.
      }
    },
  };
}
