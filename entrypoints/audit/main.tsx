import { render } from 'preact';
import { browser } from 'wxt/browser';
import { AuditApp } from '../../components/audit/AuditApp';
import { createAuditPageApp } from '../../lib/app/audit-page-app';
import { newId } from '../../lib/ids/new-id';
import { exportSource } from '../../lib/report/export-source';
import { createSettingsStore } from '../../lib/state/settings-store';
import { openDb } from '../../lib/storage/db';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import { rebuildDatabase, recoverInterruptedRebuild } from '../../lib/storage/rebuild-database';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import '../../components/ui/theme.css';

const db = openDb();
const openByName = (name: string) => openDb({ name });
const settings = createSettingsStore({ db, managedArea: browser.storage.managed });
const app = createAuditPageApp({
  db,
  now: () => new Date(),
  newId,
  journal: createDraftJournal(localStorage),
  sync: createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME)),
  readSettings: async () => {
    await settings.load();
    await settings.reloadManaged();
    return settings.effective.value;
  },
  rebuild: () => rebuildDatabase(db, openByName),
  exportSource: () => exportSource(localStorage, (bytes) => crypto.getRandomValues(bytes)),
});
// A rewrite the browser stopped half way is finished before anything is shown.
void recoverInterruptedRebuild(db, openByName, indexedDB).finally(() =>
  render(<AuditApp app={app} />, document.getElementById('app')!),
);
