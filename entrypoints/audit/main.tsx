import { render } from 'preact';
import { AuditApp } from '../../components/audit/AuditApp';
import { newId } from '../../lib/ids/new-id';
import { openDb } from '../../lib/storage/db';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';
import '../../components/ui/theme.css';

render(
  <AuditApp
    db={openDb()}
    now={() => new Date()}
    newId={newId}
    journal={createDraftJournal(localStorage)}
    sync={createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME))}
  />,
  document.getElementById('app')!,
);
