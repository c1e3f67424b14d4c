import { useState } from 'preact/hooks';
import type { CatalogueEntry } from '../../lib/option-grids/catalogue';
import { describeImport, prepareImport, type ImportPlan } from '../../lib/option-grids/grid-import';
import type { CocreateDb } from '../../lib/storage/db';
import { applyImport } from '../../lib/storage/grids';

interface Props {
  db: CocreateDb;
  catalogue: readonly CatalogueEntry[];
  now: () => Date;
  onImported: (message: string) => void;
}

/**
 * Import one grid or a library bundle (docs/option-grids.md). The whole file is checked
 * first; the clinician sees what will change ("1 grid updated, 2 new") and
 * chooses for each duplicate before anything is written, all in one go.
 */
export function GridImport({ db, catalogue, now, onImported }: Props) {
  const [errors, setErrors] = useState<{ file: string; lines: string[] } | null>(null);
  const [pending, setPending] = useState<{ file: string; plan: ImportPlan } | null>(null);
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    setErrors(null);
    const prepared = prepareImport(await file.text(), catalogue);
    if (!prepared.ok) setErrors({ file: file.name, lines: prepared.errors });
    else {
      setReplace(new Set());
      setPending({ file: file.name, plan: prepared.plan });
    }
  };

  const confirm = async () => {
    if (!pending) return;
    const summary = await applyImport(db, pending.plan, replace, now());
    setPending(null);
    onImported(`Imported ${pending.file}: ${describeImport(summary)}.`);
  };

  const plan = pending?.plan;
  const chosen = plan ? plan.duplicates.filter((d) => replace.has(d.incoming.id)).length : 0;
  const preview = plan
    ? describeImport({
        added: plan.added.length,
        updated: plan.updated.length + chosen,
        kept: plan.duplicates.length - chosen,
      })
    : '';

  return (
    <section class="grid-import" aria-labelledby="grid-import-title">
      <h2 id="grid-import-title">Import</h2>
      <label class="field">
        <span class="field__label">Import grids from a file</span>
        <span class="field__hint">
          A single grid (.json) becomes one of your grids; a library file becomes practice grids.
        </span>
        <input
          autocomplete="off"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void read(e.currentTarget)}
        />
      </label>
      {errors ? (
        <div role="alert" class="grid-import__errors">
          <p>Nothing was imported: {errors.file} has problems.</p>
          <ul>
            {errors.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending && plan ? (
        <div class="grid-import__confirm" role="group" aria-labelledby="grid-import-confirm">
          <p id="grid-import-confirm">
            <strong>Import {pending.file}?</strong> {preview}.
          </p>
          {plan.duplicates.length > 0 ? (
            <fieldset class="choice-group">
              <legend>Already on this computer: replace them?</legend>
              {plan.duplicates.map(({ incoming, existing }) => (
                <label class="choice" key={incoming.id}>
                  <input
                    autocomplete="off"
                    type="checkbox"
                    checked={replace.has(incoming.id)}
                    onChange={(event) => {
                      const next = new Set(replace);
                      if (event.currentTarget.checked) next.add(incoming.id);
                      else next.delete(incoming.id);
                      setReplace(next);
                    }}
                  />
                  <span>
                    Replace “{existing.grid.title}” version {existing.grid.version} with version{' '}
                    {incoming.version}
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <div class="toolbar">
            <button type="button" class="primary" onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel import
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
