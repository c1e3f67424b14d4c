import '@preact/signals';
import type { BackupApp } from '../../lib/app/backup-app';
import type { PracticeLibraryApp } from '../../lib/app/practice-library-app';
import type { SettingsStore } from '../../lib/state/settings-store';
import { SettingsSection } from '../settings/SettingsSection';
import { ShortcutHelp } from '../settings/ShortcutHelp';
import { BackupSection } from './BackupSection';
import { PracticeLibrarySection } from './PracticeLibrarySection';
import { WelshReviewSection } from './WelshReviewSection';
import './options.css';

export interface OptionsAppProps {
  settings: SettingsStore;
  browserName: 'chrome' | 'firefox';
  /** Backup and restore (lib/app/backup-app.ts). */
  backup: BackupApp;
  /** The practice's grid library set by policy (lib/app/practice-library-app.ts). */
  practiceLibrary: PracticeLibraryApp;
}

/**
 * The options page: practice settings, option grid authoring and library, backup.
 * Each section is its own component.
 */
export function OptionsApp({ settings, browserName, backup, practiceLibrary }: OptionsAppProps) {
  return (
    <main class="options-page">
      <h1>Cocreate settings</h1>
      {/* A restore replaces the saved settings: a new key shows the form afresh with them. */}
      <SettingsSection key={backup.restores.value} store={settings} />
      <WelshReviewSection />
      <PracticeLibrarySection library={practiceLibrary} />
      <ShortcutHelp browserName={browserName} />
      <BackupSection backup={backup} />
    </main>
  );
}
