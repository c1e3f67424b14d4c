import type { PlanLanguage } from '../domain/consultation';
import type { ConsultationPath } from '../domain/elements';
import { DEFAULT_BANNER_SELECTORS } from '../insert/banner-presets';
import type { Nation } from './nation';
import { pickValidSettings } from './setting-fields';

/** Practice and clinician settings (docs/deploying.md); a practice may also set any of these centrally. */
export interface Settings {
  clinicianName: string;
  clinicianRole: string;
  practiceName: string;
  practiceContact: string;
  appointmentMinutes: number;
  defaultPath: ConsultationPath;
  planLanguage: PlanLanguage;
  largePrint: boolean;
  /** Days after the last review before identifiable free text is purged (docs/privacy.md, "For how long"). */
  retentionDays: number;
  /**
   * The UK nation the practice is in. It picks the urgent-help lines of the patient's plan
   * (999 / NHS 111, NHS 111 Wales…) and the nation variant of services named by option grids
   * and brief interventions.
   */
  nation: Nation;
  /**
   * The language of the clinician's own panel (element names and prompts). The patient's
   * plan language is a separate choice, made per consultation.
   */
  panelLanguage: 'en' | 'cy';
  /** The practice's own jargon terms, "term = plain words" one a line (lib/plan/jargon.ts). */
  jargonExtra: string;
  /**
   * The practice's own brief intervention quick picks, one "Topic | service | English | Welsh"
   * a line, over the built-in list for the nation (lib/brief-interventions/practice-list.ts).
   */
  briefInterventions: string;
  /**
   * Built-in service names and numbers the practice has confirmed, one "id | confirmed by |
   * YYYY-MM-DD" a line (lib/brief-interventions/confirmations.ts); until then they are not printed.
   */
  confirmedServices: string;
  /**
   * Who may sign off an option grid for the practice, one a line: "Role: GP partner" or a named
   * person "Dr A Jones | GMC | 1234567" (lib/option-grids/sign-off-policy.ts). Empty: nobody.
   */
  gridSignOffPolicy: string;
  /**
   * The record of the collaboRATE authors' agreement to the Welsh version (who, when). Empty: the
   * hand-over screen is English only, as the instrument's licence allows no derivative (docs/collaborate.md).
   */
  collaborateWelshAgreement: string;
  /**
   * Retention runs by itself when the sidebar opens, instead of waiting for the
   * clinician to confirm on the audit page (docs/privacy.md, "Retention").
   */
  autoPurge: boolean;
  /** Every backup must be encrypted with a passphrase (docs/privacy.md, "Backups"). */
  requireEncryptedBackup: boolean;
  /**
   * The EHR's web address ("https://ehr.example.nhs.uk"). When set, the side panel enters no other
   * site's page and offers "Always allow Cocreate to write into this site" for it (docs/deploying.md).
   */
  ehrAddress: string;
  /** CSS selectors for the EHR's patient banner, one a line; insertion is bound to its text. */
  patientBannerSelectors: string;
  /**
   * The name of the practice's shared folder for team exports, shown where a clinician downloads one
   * and where the practice report reads them (docs/practice-report.md). Only a name: a browser
   * cannot write to or read a folder without the person choosing it.
   */
  teamExportFolder: string;
}

export const DEFAULT_SETTINGS: Settings = {
  clinicianName: '',
  clinicianRole: '',
  practiceName: '',
  practiceContact: '',
  appointmentMinutes: 10,
  defaultPath: 'quick',
  planLanguage: 'en',
  largePrint: false,
  retentionDays: 90,
  nation: 'england',
  panelLanguage: 'en',
  jargonExtra: '',
  briefInterventions: '',
  confirmedServices: '',
  gridSignOffPolicy: '',
  collaborateWelshAgreement: '',
  autoPurge: false,
  requireEncryptedBackup: false,
  ehrAddress: '',
  patientBannerSelectors: DEFAULT_BANNER_SELECTORS,
  teamExportFolder: '',
};

export type SettingKey = keyof Settings;
/** Copies over only known keys whose values pass the setting's rules (lib/settings/setting-fields.ts). */
export function mergeSettings(base: Settings, overrides: unknown): Settings {
  return { ...base, ...pickValidSettings(overrides) };
}
