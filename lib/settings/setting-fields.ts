import { NATIONS } from './nation';
import type { SettingKey, Settings } from './settings';

/** Whether a value is a valid value of one setting. */
type Check<T> = (value: unknown) => value is T;

// Plain checks, not valibot: the side panel loads these at open, and valibot is one module
// shared with the grid and backup pages, so any use here would bring all of it into the
// panel's initial payload (about 2 KB gzip of a 60 KB budget, docs/performance.md).
const text =
  (max: number): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;
const wholeNumber =
  (min: number, max: number): Check<number> =>
  (value): value is number =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const oneOf =
  <T extends string>(...choices: readonly T[]): Check<T> =>
  (value): value is T =>
    (choices as readonly unknown[]).includes(value);
// A web address or nothing: what the browser's site permission can be asked for.
const webAddress: Check<string> = (value): value is string =>
  typeof value === 'string' && value.length <= 500 && (value === '' || /^https?:\/\/[^\s/]+/.test(value));
const flag: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

/**
 * One validator per setting. The same rules check values stored on this PC,
 * values a practice sets by policy, and values in a backup file, so none of
 * them can put a setting into a shape the sidebar does not expect.
 * public/managed-schema.json states the same limits for Chrome and Edge
 * (tests/unit/settings/managed-schema.test.ts keeps the two in step).
 */
export const SETTING_FIELDS = {
  clinicianName: text(200),
  clinicianRole: text(200),
  practiceName: text(200),
  practiceContact: text(500),
  appointmentMinutes: wholeNumber(5, 120),
  defaultPath: oneOf('quick', 'full'),
  planLanguage: oneOf('en', 'cy', 'both'),
  largePrint: flag,
  retentionDays: wholeNumber(1, 3650),
  nation: oneOf(...NATIONS),
  panelLanguage: oneOf('en', 'cy'),
  jargonExtra: text(20000),
  briefInterventions: text(8000),
  confirmedServices: text(4000),
  gridSignOffPolicy: text(4000),
  collaborateWelshAgreement: text(500),
  autoPurge: flag,
  requireEncryptedBackup: flag,
  ehrAddress: webAddress,
  patientBannerSelectors: text(2000),
  teamExportFolder: text(200),
} satisfies { [K in SettingKey]: Check<Settings[K]> };

export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

/** The valid known settings in `raw`; anything unknown or out of range is dropped. */
export function pickValidSettings(raw: unknown): Partial<Settings> {
  if (!raw || typeof raw !== 'object') return {};
  const picked: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const value = (raw as Record<string, unknown>)[key];
    if (SETTING_FIELDS[key](value)) picked[key] = value;
  }
  return picked;
}
