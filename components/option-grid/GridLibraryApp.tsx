import '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { GridLibraryApp as GridLibraryModel, GridLibraryNotice } from '../../lib/app/grid-library-app';
import { describeImport } from '../../lib/option-grids/grid-import';
import { CHECK_BEFORE_USE } from '../../lib/option-grids/grid-words';
import { SOURCE_LABELS } from '../../lib/option-grids/source-labels';
import { GridEditor } from './GridEditor';
import { GridImport } from './GridImport';
import { GridList } from './GridList';
import './grid-library.css';

const GROUPS = ['bundled', 'practice', 'local'] as const;

/** The grid library page (docs/option-grids.md): browse, view, author, edit a copy, import, export and delete. */
export function GridLibraryApp({ app }: { app: GridLibraryModel }) {
  useEffect(() => void app.load(), [app]);
  const catalogue = app.catalogue.value;
  const editing = app.editing.value;

  if (!catalogue) return <p>Loading…</p>;

  if (editing) {
    return (
      <main class="grid-library">
        <GridEditor
          initial={editing.grid}
          isNew={editing.isNew}
          takenIds={app.takenIds.value}
          others={catalogue.entries.map((e) => e.grid)}
          signOffPolicy={app.signOffPolicy}
          onSave={app.saveGrid}
          onCancel={app.stopEditing}
        />
      </main>
    );
  }

  const today = app.today();
  return (
    <main class="grid-library">
      <h1>Option grid library</h1>
      <p class="grid-library__check">{CHECK_BEFORE_USE}</p>
      <p role="status" class="grid-library__message">
        {noticeText(app.notice.value)}
      </p>
      <div class="toolbar">
        <button type="button" class="primary" onClick={app.startNewGrid}>
          New grid
        </button>
        <button type="button" onClick={app.exportLibrary}>
          Export the whole library
        </button>
      </div>
      <GridImport flow={app.gridImport} />
      {GROUPS.map((group) => {
        const entries = catalogue.entries.filter((e) => e.source === group);
        return (
          <section key={group} aria-labelledby={`grids-${group}`}>
            <h2 id={`grids-${group}`}>
              {group === 'local' ? 'My grids' : SOURCE_LABELS[group]} ({entries.length})
            </h2>
            {entries.length === 0 ? <p class="field__hint">None yet.</p> : null}
            <GridList
              entries={entries}
              today={today}
              onView={app.openView}
              onEdit={app.startEditing}
              onExport={app.exportGrid}
              onDelete={app.deleteGrid}
              onSignOff={app.signOffGrid}
              signOffPolicy={app.signOffPolicy}
            />
          </section>
        );
      })}
    </main>
  );
}

function noticeText(notice: GridLibraryNotice | null): string {
  if (!notice) return '';
  switch (notice.kind) {
    case 'saved':
      return `Saved “${notice.title}” as one of your grids.`;
    case 'signedOff':
      return `Signed off “${notice.title}” on this computer.`;
    case 'deleted':
      return `Deleted “${notice.title}”.`;
    case 'imported':
      return `Imported ${notice.file}: ${describeImport(notice.summary)}.`;
  }
}
