import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadBlob } from '../../components/options-page/download-blob';
import { OptionsApp } from '../../components/options-page/OptionsApp';
import { createBackupApp } from '../../lib/app/backup-app';
import { createPracticeLibraryApp } from '../../lib/app/practice-library-app';
import { connectSettings } from '../../lib/state/connect-managed';
import { readManagedGridLibrary } from '../../lib/settings/practice-library';
import { createSettingsStore, SETTINGS_CHANNEL_NAME } from '../../lib/state/settings-store';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

const db = openDb();
const settings = createSettingsStore({
  db,
  managedArea: browser.storage.managed,
  port: new BroadcastChannel(SETTINGS_CHANNEL_NAME),
});
const browserName = import.meta.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';
const now = () => new Date();
const practiceLibrary = createPracticeLibraryApp({
  db,
  now,
  loadLibraryText: () => readManagedGridLibrary(browser.storage.managed),
});
const backup = createBackupApp({
  db,
  now,
  download: (blob, fileName) => downloadBlob(document, blob, fileName),
  requireEncryption: () => settings.effective.value.requireEncryptedBackup,
  onRestored: () => settings.load(),
});

// Render once settings (and any central values) are read, so the form never shows stale values.
void connectSettings(browser.storage, settings).then(() =>
  render(
    <OptionsApp
      settings={settings}
      browserName={browserName}
      backup={backup}
      practiceLibrary={practiceLibrary}
    />,
    document.getElementById('app')!,
  ),
);
