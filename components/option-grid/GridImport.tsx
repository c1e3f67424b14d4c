import '@preact/signals';
import type { GridImportApp } from '../../lib/app/grid-import-app';

/**
 * Import one grid or a library bundle (docs/option-grids.md). The whole file is checked
 * first; the clinician sees what will change ("1 grid updated, 2 new") and
 * chooses for each duplicate before anything is written, all in one go.
 */
export function GridImport({ flow }: { flow: GridImportApp }) {
  const read = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void flow.readFile(file);
  };
  const errors = flow.refusal.value;
  const pending = flow.pending.value;
  const plan = pending?.plan;
  const replace = flow.replacing.value;

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
          onChange={(e) => read(e.currentTarget)}
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
            <strong>Import {pending.file}?</strong> {flow.preview.value}.
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
                    onChange={(event) => flow.chooseReplace(incoming.id, event.currentTarget.checked)}
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
            <button type="button" class="primary" onClick={() => void flow.confirmImport()}>
              Import
            </button>
            <button type="button" onClick={flow.cancelImport}>
              Cancel import
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
