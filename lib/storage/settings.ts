import { DEFAULT_SETTINGS, mergeSettings, type Settings } from '../settings/settings';
import type { CocreateDb } from './db';

/**
 * The `settings` table: this PC's settings under one key, plus small values kept by key (the
 * open consultation, the path last chosen). Code outside lib/storage goes through these.
 */
const SETTINGS_KEY = 'settings';

/** Stored settings over the defaults; unknown or wrongly typed stored values are ignored. */
export async function readSettings(db: CocreateDb): Promise<Settings> {
  const stored = (await db.settings.get(SETTINGS_KEY))?.value;
  return mergeSettings(DEFAULT_SETTINGS, stored);
}

export async function writeSettings(db: CocreateDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: SETTINGS_KEY, value: settings });
}

/** One small value kept by key; `undefined` when never written. */
export async function readSettingValue(db: CocreateDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function writeSettingValue(db: CocreateDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
