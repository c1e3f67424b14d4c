import { NEEDS_CONFIRMING, readConfirmations } from '../../lib/brief-interventions/confirmations';
import { PLAN_LANGUAGES } from '../../lib/domain/choice-values';
import { SETTINGS_WORDS } from '../../lib/i18n/settings-words';
import { LANGUAGES } from '../../lib/i18n/types';
import type { SettingKey } from '../../lib/settings/settings';

/** How the settings page shows one setting: its label, a plain-words hint, and the kind of control. */
export type SettingDescriptor =
  | { key: SettingKey; kind: 'text'; label: string; hint?: string }
  | {
      key: SettingKey;
      kind: 'lines';
      label: string;
      hint?: string;
      /** Lines that cannot be used as typed, in plain words; any problem stops the save. */
      problems?: (text: string) => string[];
    }
  | { key: SettingKey; kind: 'number'; label: string; hint: string; min: number; max: number }
  | {
      key: SettingKey;
      kind: 'choice';
      label: string;
      hint?: string;
      choices: { value: string; label: string }[];
    }
  | { key: SettingKey; kind: 'checkbox'; label: string; hint?: string };

/** A choice setting's options: the registry's values in order, each in the settings page's words. */
const wordedChoices = <T extends string>(values: readonly T[], words: Record<T, string>) =>
  values.map((value) => ({ value, label: words[value] }));

/** In page order; every setting appears once (tests/components/settings/SettingsSection.test.tsx). */
export const SETTING_DESCRIPTORS: SettingDescriptor[] = [
  {
    key: 'clinicianName',
    kind: 'text',
    label: 'Your name',
    hint: 'Shown on the plan as who the patient saw.',
  },
  { key: 'clinicianRole', kind: 'text', label: 'Your role', hint: 'For example: Practice nurse, GP.' },
  { key: 'practiceName', kind: 'text', label: 'Practice name', hint: 'Printed on the patient’s plan.' },
  {
    key: 'practiceContact',
    kind: 'text',
    label: 'Practice contact line',
    hint: 'How the patient gets in touch, printed on the plan.',
  },
  {
    key: 'appointmentMinutes',
    kind: 'number',
    label: 'Default appointment length (minutes)',
    hint: 'A whole number of minutes from 5 to 120.',
    min: 5,
    max: 120,
  },
  {
    key: 'defaultPath',
    kind: 'choice',
    label: 'Default path',
    choices: [
      { value: 'quick', label: 'Quick (agenda, options, agreeing a plan)' },
      { value: 'full', label: 'Full (all seven elements)' },
    ],
  },
  {
    key: 'planLanguage',
    kind: 'choice',
    label: 'Default plan language',
    choices: wordedChoices(PLAN_LANGUAGES, SETTINGS_WORDS.planLanguage),
  },
  { key: 'largePrint', kind: 'checkbox', label: 'Large print plans by default' },
  {
    key: 'retentionDays',
    kind: 'number',
    label: 'Retention period (days)',
    hint: 'Days after the last review before names and notes are removed. A whole number from 1 to 3650.',
    min: 1,
    max: 3650,
  },
  {
    key: 'nation',
    kind: 'choice',
    label: 'Your practice is in',
    hint: 'Sets the urgent-help numbers on the patient’s plan and which local services are named.',
    choices: [
      { value: 'england', label: 'England' },
      { value: 'wales', label: 'Wales' },
      { value: 'scotland', label: 'Scotland' },
      { value: 'northern-ireland', label: 'Northern Ireland' },
    ],
  },
  {
    key: 'panelLanguage',
    kind: 'choice',
    label: 'Language of your panel',
    hint: 'Your own prompts and element names. The patient’s plan language is chosen for each patient.',
    choices: wordedChoices(LANGUAGES, SETTINGS_WORDS.panelLanguage),
  },
  {
    key: 'jargonExtra',
    kind: 'lines',
    label: 'Your own jargon words',
    hint: 'One a line: “term = plain words”. Start with “name:” to keep a medicine name and explain it.',
  },
  {
    key: 'briefInterventions',
    kind: 'lines',
    label: 'Brief intervention quick picks',
    hint: 'One a line: “Topic | service for your note | line for the patient in English | in Welsh”. A topic with the same name as a built-in one (Smoking, Moving more, Weight, Alcohol) replaces it; “Topic |” alone hides it. Leave empty for the built-in list for your nation.',
  },
  {
    key: 'confirmedServices',
    kind: 'lines',
    label: 'Service numbers your practice has confirmed',
    hint: `Names and numbers no public source confirmed are not printed until you confirm them. One a line: “id | who confirmed it | YYYY-MM-DD”. Ids: ${NEEDS_CONFIRMING.map((e) => e.id).join(', ')}.`,
    problems: (text) => readConfirmations(text).problems,
  },
  {
    key: 'gridSignOffPolicy',
    kind: 'lines',
    label: 'Who may sign off option grids',
    hint: 'One a line: “Role: GP partner” for a role, or “Name | register | number” for a named person (for example “Dr A Jones | GMC | 1234567”). The sign-off form refuses anyone else; empty, nobody may sign off.',
  },
  {
    key: 'collaborateWelshAgreement',
    kind: 'text',
    label: 'collaboRATE in Welsh: the authors’ agreement',
    hint: 'Who agreed and when. The collaboRATE licence allows no changed version, so the patient’s screen is in English only until this is filled in.',
  },
  {
    key: 'autoPurge',
    kind: 'checkbox',
    label: 'Remove old consultation text automatically',
    hint: 'When the sidebar opens, text past the retention period is removed without asking (never before the follow-up date plus 90 days).',
  },
  {
    key: 'requireEncryptedBackup',
    kind: 'checkbox',
    label: 'Backups must be encrypted with a passphrase',
  },
  {
    key: 'ehrAddress',
    kind: 'text',
    label: 'Your EHR’s web address',
    hint: 'For example https://ehr.example.nhs.uk — Cocreate then writes only into pages of this site, and offers “Always allow” for it.',
  },
  {
    key: 'patientBannerSelectors',
    kind: 'lines',
    label: 'Where your EHR shows the patient banner',
    hint: 'CSS selectors, one a line (the list starts with common ones; add your EHR’s). Start a line with a site’s address to use it there only, for example https://ehr.example.nhs.uk #patient-header. Insert is refused if the banner changed since you chose the note field.',
  },
  {
    key: 'teamExportFolder',
    kind: 'text',
    label: 'The practice’s shared folder for team exports',
    hint: 'Its name, shown on the audit page and the practice report, for example “Cocreate pilot exports”.',
  },
];
