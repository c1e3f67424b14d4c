import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '../../components/SidebarApp';
import { AppContext } from '../../components/app-context';
import { createSidePanelApp } from '../../lib/app/side-panel-app';
import type { Inserter } from '../../lib/insert/insert-into-ehr';
import { newId } from '../../lib/ids/new-id';
import { connectSettings } from '../../lib/state/connect-managed';
import { readManagedSigningKey } from '../../lib/settings/signing-key';
import { createSettingsStore, SETTINGS_CHANNEL_NAME } from '../../lib/state/settings-store';
import { createConsultationModel } from '../../lib/state/consultation-model';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import '../../components/ui/theme.css';
import { afterFirstPaint } from '../../components/ui/after-first-paint';
import { whenSettled } from './when-settled';

// Dexie is half of the panel's code: it loads after the first paint, which already shows the
// journalled draft, so the panel is on screen sooner (docs/performance.md). Everything that reads
// or writes waits on this promise; if it fails, saving says so in plain words.
const db = afterFirstPaint()
  .then(() => import('../../lib/storage/db'))
  .then(({ openDb }) => openDb());
// Central (policy) values win over this PC's settings everywhere (docs/deploying.md).
const settingsStore = createSettingsStore({
  db,
  managedArea: browser.storage.managed,
  port: new BroadcastChannel(SETTINGS_CHANNEL_NAME),
});
const settings = settingsStore.effective;
const journal = createDraftJournal(localStorage);
const model = createConsultationModel({
  db,
  journal,
  now: () => new Date(),
  newId,
  // Two windows on one consultation keep each other's edits (docs/architecture.md).
  sync: createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME)),
  defaults: () => ({ path: settings.value.defaultPath, plannedMinutes: settings.value.appointmentMinutes }),
});

// Reading starts before the first render so IndexedDB opens meanwhile (docs/performance.md).
const settingsLoaded = connectSettings(browser.storage, settingsStore);
// The practice's signing key comes only from policy, and is kept in memory only (docs/deploying.md).
const signingKey = signal('');
const readSigningKey = () =>
  void readManagedSigningKey(browser.storage.managed).then((key) => (signingKey.value = key));
readSigningKey();
browser.storage.onChanged.addListener((_changes, areaName) => {
  if (areaName === 'managed') readSigningKey();
});
// Settings only shape a new consultation (path, minutes). With a journalled draft, load() restores
// a consultation and never starts one, so it need not wait up to 200 ms for policy.
// One window at a time decides what to show: two panels opened together would otherwise each find
// nothing and start a consultation of their own, so edits in one would never reach the other.
const loadAlone = () => navigator.locks.request('cocreate-open-consultation', () => model.load());
// The first render already shows the journalled draft: a lock is granted a round trip later.
model.showJournalled();
// Settings that cannot be read leave the defaults: load() still runs, and says if the database is out of reach.
const loaded = journal.read() ? loadAlone() : settingsLoaded.then(loadAlone, loadAlone);

// Retention is housekeeping, not part of opening: once the panel has settled (a few seconds, then
// an idle moment) its code loads, the practice's autoPurge runs, then the "due" notice shows. Old
// records are days past their date, so a few seconds change nothing, and the open and the first
// keystrokes never wait on it (docs/performance.md).
const RETENTION_AFTER_MS = 4000;
const retentionDue = signal<number | null>(null);
const purgeChannel = createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME));
void Promise.all([
  loaded,
  settingsLoaded.then(() => settingsStore.reloadManaged()),
  whenSettled(RETENTION_AFTER_MS),
])
  .then(() => import('../../lib/retention/when-panel-opens'))
  .then(async ({ retentionWhenPanelOpens }) =>
    retentionWhenPanelOpens(
      {
        db: await db,
        now: () => new Date(),
        newId,
        // The panel's own model takes the purge through the sync channel, like any other window.
        announce: (notice) => {
          journal.clear(notice.consultationId);
          purgeChannel.post(notice);
        },
        idb: indexedDB,
      },
      settings.value,
    ),
  )
  .then((due) => (retentionDue.value = due))
  // Retention is retried at the next opening; the console keeps the reason for whoever looks.
  .catch((error: unknown) => console.error('Cocreate: retention at start-up failed', error));

// Closing the panel writes the coalesced save now; the journal already holds every keystroke.
addEventListener('pagehide', () => void model.flush());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void model.flush();
});

// The inserter's code loads with the first view that reaches into the EHR page, not with the panel.
let inserter: Promise<Inserter> | undefined;
const app = createSidePanelApp({
  model,
  db,
  settings,
  now: () => new Date(),
  newId,
  retentionDue,
  signingKey,
  inserter: () =>
    (inserter ??= import('./ehr-inserter').then((m) => m.createEhrInserter(() => settings.value))),
});

render(
  <AppContext.Provider value={{ model: app, settings, retentionDue, signingKey }}>
    <SidebarApp />
  </AppContext.Provider>,
  document.getElementById('app')!,
);
