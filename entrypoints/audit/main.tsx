import { render } from 'preact';
import { AuditApp } from '../../components/audit/AuditApp';
import { newId } from '../../lib/ids/new-id';
import { openDb } from '../../lib/storage/db';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import '../../components/ui/theme.css';

render(
  <AuditApp db={openDb()} now={() => new Date()} newId={newId} journal={createDraftJournal(localStorage)} />,
  document.getElementById('app')!,
);
