import * as v from 'valibot';
import type { SettingKey, Settings } from './settings';

/**
 * One validator per setting. The same rules check values stored on this PC,
 * values a practice sets by policy, and values in a backup file, so none of
 * them can put a setting into a shape the sidebar does not expect.
 * public/managed-schema.json states the same limits for Chrome and Edge
 * (tests/unit/settings/managed-schema.test.ts keeps the two in step).
 */
export const SETTING_FIELDS = {
  clinicianName: v.pipe(v.string(), v.maxLength(200)),
  clinicianRole: v.pipe(v.string(), v.maxLength(200)),
  practiceName: v.pipe(v.string(), v.maxLength(200)),
  practiceContact: v.pipe(v.string(), v.maxLength(500)),
  appointmentMinutes: v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(120)),
  defaultPath: v.picklist(['quick', 'full']),
  planLanguage: v.picklist(['en', 'cy', 'both']),
  largePrint: v.boolean(),
  retentionDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)),
} satisfies { [K in SettingKey]: v.GenericSchema<unknown, Settings[K]> };

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

/** The valid known settings in `raw`; anything unknown or out of range is dropped. */
export function pickValidSettings(raw: unknown): Partial<Settings> {
  if (!raw || typeof raw !== 'object') return {};
  const picked: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const result = v.safeParse(SETTING_FIELDS[key], (raw as Record<string, unknown>)[key]);
    if (result.success) picked[key] = result.output;
  }
  return picked;
}
