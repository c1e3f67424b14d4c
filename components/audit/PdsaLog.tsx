import '@preact/signals';
import { useState } from 'preact/hooks';
import type { PdsaLogApp } from '../../lib/app/pdsa-log-app';
import { PDSA_FIELDS } from '../../lib/pdsa/pdsa';
import { formatLongDate } from '../../lib/i18n/format-date';
import type { PdsaEntry } from '../../lib/domain/pdsa-entry';
import { PdsaForm } from './PdsaForm';

/** Plan–Do–Study–Act cycles kept beside the audit (framework.md, "Service improvement"). */
export function PdsaLog({ log }: { log: PdsaLogApp }) {
  const entries = log.entries.value;
  const [editing, setEditing] = useState<PdsaEntry | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);

  const save = async (entry: PdsaEntry) => {
    await log.saveEntry(entry);
    setEditing(null);
  };
  const remove = async (id: string) => {
    await log.deleteEntry(id);
    setConfirmDelete(null);
  };

  return (
    <section aria-labelledby="pdsa-title">
      <h2 id="pdsa-title">Improvement log (PDSA)</h2>
      {editing ? (
        <PdsaForm entry={editing} onSave={(entry) => void save(entry)} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing(log.newEntry())}>
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
