import { useState } from 'preact/hooks';
import type { PracticeLibraryApp } from '../../lib/app/practice-library-app';
import type { SettingsStore } from '../../lib/state/settings-store';
import type { CocreateDb } from '../../lib/storage/db';
import { SettingsSection } from '../settings/SettingsSection';
import { ShortcutHelp } from '../settings/ShortcutHelp';
import { BackupSection } from './BackupSection';
import { PracticeLibrarySection } from './PracticeLibrarySection';
import { WelshReviewSection } from './WelshReviewSection';
import './options.css';

export interface OptionsAppProps {
  db: CocreateDb;
  settings: SettingsStore;
  browserName: 'chrome' | 'firefox';
  /** The time now, for the backup's file name. */
  now: () => Date;
  /** The practice's grid library set by policy (lib/app/practice-library-app.ts). */
  practiceLibrary: PracticeLibraryApp;
}

/**
 * The options page: practice settings, option grid authoring and library, backup.
 * Each section is its own component.
 */
export function OptionsApp({ db, settings, browserName, now, practiceLibrary }: OptionsAppProps) {
  // A restore replaces the saved settings: a new key shows the form afresh with them.
  const [restores, setRestores] = useState(0);
  async function onRestored() {
    await settings.load();
    setRestores((n) => n + 1);
  }
  return (
    <main class="options-page">
      <h1>Cocreate settings</h1>
      <SettingsSection key={restores} store={settings} />
      <WelshReviewSection />
      <PracticeLibrarySection library={practiceLibrary} />
      <ShortcutHelp browserName={browserName} />
      <BackupSection
        db={db}
        now={now}
        onRestored={onRestored}
        requireEncryption={settings.effective.value.requireEncryptedBackup}
      />
    </main>
  );
}
