import { pickValidSettings } from '../../lib/settings/setting-fields';
import type { SettingKey, Settings } from '../../lib/settings/settings';
import { SETTING_DESCRIPTORS } from './setting-descriptors';

/** What the form holds: numbers as the text typed, so a half-typed number is not lost. */
export type SettingsDraft = Record<SettingKey, string | boolean>;

export function toDraft(settings: Settings): SettingsDraft {
  const draft = {} as SettingsDraft;
  for (const { key } of SETTING_DESCRIPTORS) {
    const value = settings[key];
    draft[key] = typeof value === 'boolean' ? value : String(value);
  }
  return draft;
}

/** The settings to save, or a plain-words error per setting that cannot be saved as typed. */
export function fromDraft(
  draft: SettingsDraft,
  base: Settings,
): { settings: Settings; errors: Partial<Record<SettingKey, string>> } {
  const candidate: Record<string, unknown> = {};
  for (const descriptor of SETTING_DESCRIPTORS) {
    const raw = draft[descriptor.key];
    candidate[descriptor.key] =
      descriptor.kind === 'number' && typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  }
  const valid = pickValidSettings(candidate);
  const errors: Partial<Record<SettingKey, string>> = {};
  for (const descriptor of SETTING_DESCRIPTORS) {
    const value = valid[descriptor.key];
    const problems =
      descriptor.kind === 'lines' && descriptor.problems && typeof value === 'string'
        ? descriptor.problems(value)
        : [];
    if (problems.length > 0) {
      // Kept as it was: a half-right line must not change what is printed.
      delete valid[descriptor.key];
      errors[descriptor.key] = problems.join(' ');
      continue;
    }
    if (Object.hasOwn(valid, descriptor.key)) continue;
    errors[descriptor.key] =
      descriptor.kind === 'number'
        ? `Enter a whole number from ${descriptor.min} to ${descriptor.max}.`
        : 'This is too long or not one of the choices.';
  }
  return { settings: { ...base, ...valid }, errors };
}
