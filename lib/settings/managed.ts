import { pickValidSettings } from './setting-fields';
import type { SettingKey, Settings } from './settings';

/**
 * The part of `browser.storage.managed` we use. Chrome and Edge fill it from
 * enterprise policy (checked against public/managed-schema.json); Firefox from
 * policies.json → "3rdparty" → "extensions" → our add-on id (docs/deploying.md).
 */
export interface ManagedArea {
  get(): Promise<Record<string, unknown>>;
}

/**
 * Settings the practice has set centrally. No policy is the normal case, and
 * Firefox reports it by rejecting ("Managed storage manifest not found"), so
 * any failure reads as "nothing set centrally". Invalid values are ignored.
 */
export async function readManagedSettings(area: ManagedArea | undefined): Promise<Partial<Settings>> {
  if (!area) return {};
  try {
    return pickValidSettings(await area.get());
  } catch {
    return {};
  }
}

/** Central values win over this PC's values, key by key. */
export function applyManaged(local: Settings, managed: Partial<Settings>): Settings {
  return { ...local, ...managed };
}

export function lockedKeys(managed: Partial<Settings>): ReadonlySet<SettingKey> {
  return new Set(Object.keys(managed) as SettingKey[]);
}
