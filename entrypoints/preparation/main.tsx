import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadBlob } from '../../components/options-page/download-blob';
import { PreparationSheetApp } from '../../components/preparation/PreparationSheetApp';
import { createFollowerApp } from '../../lib/app/follower-app';
import { newId } from '../../lib/ids/new-id';
import { loadCatalogue } from '../../lib/option-grids/load-catalogue';
import { connectSettings } from '../../lib/state/connect-managed';
import { createSettingsStore, SETTINGS_CHANNEL_NAME } from '../../lib/state/settings-store';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import { openDb } from '../../lib/storage/db';
import { listStoredGrids } from '../../lib/storage/grids';
import '../../components/ui/theme.css';

// preparation.html?id=<consultation id>: the sheet sent to the patient before the appointment.
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
  sync: createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME)),
  now: () => new Date(),
  newId,
});

void connectSettings(browser.storage, settings).then(() =>
  render(
    <PreparationSheetApp
      load={app.load}
      settings={settings.effective}
      loadGrids={() => loadCatalogue(() => listStoredGrids(db)).then((c) => c.entries.map((e) => e.grid))}
      app={app}
      download={(html, name) => downloadBlob(document, new Blob([html], { type: 'text/html' }), name)}
    />,
    document.getElementById('app')!,
  ),
);
