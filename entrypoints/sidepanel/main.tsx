import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '../../components/SidebarApp';
import { AppContext } from '../../components/app-context';
import { newId } from '../../lib/ids/new-id';
import { connectSettings } from '../../lib/settings/connect-managed';
import { createSettingsStore } from '../../lib/settings/settings-store';
import { createConsultationModel } from '../../lib/state/consultation-model';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import { openDb } from '../../lib/storage/db';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/storage/sync-channel';
import '../../components/ui/theme.css';

const db = openDb();
// Central (policy) values win over this PC's settings everywhere (issue 7).
const settingsStore = createSettingsStore({ db, managedArea: browser.storage.managed });
const settings = settingsStore.effective;
const model = createConsultationModel({
  db,
  journal: createDraftJournal(localStorage),
  now: () => new Date(),
  newId,
  // Two windows on one consultation keep each other's edits (issue 8).
  sync: createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME)),
  defaults: () => ({ path: settings.value.defaultPath, plannedMinutes: settings.value.appointmentMinutes }),
});

render(
  <AppContext.Provider value={{ model, db, settings }}>
    <SidebarApp />
  </AppContext.Provider>,
  document.getElementById('app')!,
);
void connectSettings(browser.storage, settingsStore).then(() => model.load());
