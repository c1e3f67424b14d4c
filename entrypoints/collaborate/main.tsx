import { render } from 'preact';
import { browser } from 'wxt/browser';
import { closeHandOver } from '../../components/collaborate/open-hand-over';
import { HandOverApp } from '../../components/collaborate/HandOverApp';
import { HAND_OVER_CHANNEL, handOverHeld } from '../../lib/collaborate/hand-over-end';
import { recordCollaborate } from '../../lib/state/record-collaborate';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import { consultationRepository } from '../../lib/storage/consultations';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

// collaborate.html?id=<consultation id>&lang=en|cy: the patient's private collaboRATE screen (docs/collaborate.md).
const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const consultations = consultationRepository(openDb());
const sync = createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME));

render(
  <HandOverApp
    consultationId={id}
    language={params.get('lang') === 'cy' ? 'cy' : 'en'}
    save={(response) => recordCollaborate(consultations, sync, id, response)}
    onUnlock={() => {
      // Said before closing: any other way this window closes locks the clinician's panel.
      new BroadcastChannel(HAND_OVER_CHANNEL).postMessage(handOverHeld(id));
      void closeHandOver(browser).catch(() => window.close());
    }}
  />,
  document.getElementById('app')!,
);
