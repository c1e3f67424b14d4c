import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OptionsApp } from '../../components/options-page/OptionsApp';
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

// Render once settings (and any central values) are read, so the form never shows stale values.
void connectSettings(browser.storage, settings).then(() =>
  render(
    <OptionsApp
      db={db}
      settings={settings}
      browserName={browserName}
      now={() => new Date()}
      loadPracticeLibrary={() => readManagedGridLibrary(browser.storage.managed)}
    />,
    document.getElementById('app')!,
  ),
);
