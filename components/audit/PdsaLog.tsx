import { useEffect, useState } from 'preact/hooks';
import { newPdsaEntry, PDSA_FIELDS } from '../../lib/pdsa/pdsa';
import { deletePdsa, listPdsa, savePdsa } from '../../lib/storage/pdsa';
import { formatLongDate } from '../../lib/i18n/format-date';
import type { PdsaEntry } from '../../lib/domain/pdsa-entry';
import type { CocreateDb } from '../../lib/storage/db';
import { PdsaForm } from './PdsaForm';

interface Props {
  db: CocreateDb;
  now: () => Date;
  newId: () => string;
}

/** Plan–Do–Study–Act cycles kept beside the audit (framework.md, "Service improvement"). */
export function PdsaLog({ db, now, newId }: Props) {
  const [entries, setEntries] = useState<PdsaEntry[]>([]);
  const [editing, setEditing] = useState<PdsaEntry | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const reload = () => void listPdsa(db).then(setEntries);
  useEffect(reload, [db]);

  const save = async (entry: PdsaEntry) => {
    await savePdsa(db, entry);
    setEditing(null);
    reload();
  };
  const remove = async (id: string) => {
    await deletePdsa(db, id);
    setConfirmDelete(null);
    reload();
  };

  return (
    <section aria-labelledby="pdsa-title">
      <h2 id="pdsa-title">Improvement log (PDSA)</h2>
      {editing ? (
        <PdsaForm entry={editing} onSave={(entry) => void save(entry)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing(newPdsaEntry(newId(), now()))}>
          Add a PDSA cycle
        </button>
      )}
      {entries.length === 0 ? <p class="field__hint">No cycles recorded yet.</p> : null}
      {entries.map((entry) => (
        <article key={entry.id} class="pdsa-entry" aria-label={`PDSA cycle: ${entry.aim || 'no aim yet'}`}>
          <h3>
            {entry.aim || 'No aim yet'} <span class="field__hint">{formatLongDate(entry.createdAt)}</span>
          </h3>
          <dl>
            {PDSA_FIELDS.slice(1).map((field) => (
              <div key={field.key}>
                <dt>{field.label}</dt>
                <dd>{entry[field.key] || '–'}</dd>
              </div>
            ))}
          </dl>
          <div class="button-row">
            <button type="button" onClick={() => setEditing(entry)}>
              Edit
            </button>
            {confirmDelete === entry.id ? (
              <>
                <button type="button" class="danger" onClick={() => void remove(entry.id)}>
                  Yes, delete this cycle
                </button>
                <button type="button" onClick={() => setConfirmDelete(null)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmDelete(entry.id)}>
                Delete
              </button>
            )}
          </div>
        </article>
      ))}
    </section>
  );
}
