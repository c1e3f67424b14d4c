import { render } from 'preact';
import { browser } from 'wxt/browser';
import { closeHandOver } from '../../components/collaborate/open-hand-over';
import { HandOverApp } from '../../components/collaborate/HandOverApp';
import { HAND_OVER_CHANNEL, handOverHeld } from '../../lib/collaborate/hand-over-end';
import { handOverLanguages } from '../../lib/collaborate/welsh-switch';
import { recordCollaborate } from '../../lib/state/record-collaborate';
import { connectSettings } from '../../lib/state/connect-managed';
import { createSettingsStore } from '../../lib/state/settings-store';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import { consultationRepository } from '../../lib/storage/consultations';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

// collaborate.html?id=<consultation id>&lang=en|cy: the patient's private collaboRATE screen (docs/collaborate.md).
// Settings say whether the Welsh version may be offered (the authors' agreement).
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const db = openDb();
const consultations = consultationRepository(db);
const settings = createSettingsStore({ db, managedArea: browser.storage.managed });
const sync = createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME));

void connectSettings(browser.storage, settings).then(() =>
  render(
    <HandOverApp
      consultationId={id}
      language={params.get('lang') === 'cy' ? 'cy' : 'en'}
      languages={handOverLanguages(settings.effective.value.collaborateWelshAgreement)}
      save={(response) => recordCollaborate(consultations, sync, id, response)}
      now={() => new Date()}
      onUnlock={() => {
        // Said before closing: any other way this window closes locks the clinician's panel.
        new BroadcastChannel(HAND_OVER_CHANNEL).postMessage(handOverHeld(id));
        void closeHandOver(browser).catch(() => window.close());
      }}
    />,
    document.getElementById('app')!,
  ),
);
