import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadGridUsed } from '../../components/plan/grid-used';
import { PatientViewApp } from '../../components/plan/PatientViewApp';
import { connectSettings } from '../../lib/state/connect-managed';
import { createSettingsStore, SETTINGS_CHANNEL_NAME } from '../../lib/state/settings-store';
import { newId } from '../../lib/ids/new-id';
import { openDb } from '../../lib/storage/db';
import { listStoredGrids } from '../../lib/storage/grids';
import { createFollowerApp } from '../../lib/app/follower-app';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import '../../components/ui/theme.css';

// patient-view.html?id=<consultation id>: the full-tab plan to turn toward the patient, and print.
const db = openDb();
const settings = createSettingsStore({
  db,
  managedArea: browser.storage.managed,
  port: new BroadcastChannel(SETTINGS_CHANNEL_NAME),
});
const id = new URLSearchParams(location.search).get('id') ?? '';
const app = createFollowerApp({
  db,
  id,
  // The panel's channel: this page follows its edits, and a copy printed here reaches it.
  sync: createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME)),
  now: () => new Date(),
  newId,
});

void connectSettings(browser.storage, settings).then(() =>
  render(
    <PatientViewApp
      load={app.load}
      settings={settings.effective}
      loadGrid={(gridId) => loadGridUsed(() => listStoredGrids(db), gridId)}
      app={app}
      today={app.now}
    />,
    document.getElementById('app')!,
  ),
);
