import type { ConsultationPath } from '../domain/elements';
import type { CocreateDb } from '../storage/db';
import { readSettingValue, writeSettingValue } from '../storage/settings';

/**
 * The path (quick or full) the clinician last chose in the sidebar (docs/quick-path.md:
 * "the choice is remembered"). It overrides the practice default for the next
 * consultation this clinician starts; the practice default still applies until
 * they choose.
 */
const KEY = 'lastPath';

export async function readPathPreference(db: CocreateDb): Promise<ConsultationPath | null> {
  const value = await readSettingValue(db, KEY);
  return value === 'quick' || value === 'full' ? value : null;
}

export async function writePathPreference(db: CocreateDb, path: ConsultationPath): Promise<void> {
  await writeSettingValue(db, KEY, path);
}
