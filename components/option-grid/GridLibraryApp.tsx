import { useEffect, useState } from 'preact/hooks';
import type { CatalogueEntry } from '../../lib/option-grids/catalogue';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { blankGrid, copyAsLocal } from '../../lib/option-grids/grid-draft';
import { exportGrid, exportLibrary, type ExportFile } from '../../lib/option-grids/grid-export';
import { CHECK_BEFORE_USE } from '../../lib/option-grids/grid-words';
import { loadCatalogue, type LoadedCatalogue } from '../../lib/option-grids/load-catalogue';
import type { SignOffPolicy } from '../../lib/option-grids/sign-off-policy';
import { SOURCE_LABELS } from '../../lib/option-grids/source-labels';
import type { CocreateDb } from '../../lib/storage/db';
import { deleteStoredGrid, listStoredGrids, saveLocalGrid } from '../../lib/storage/grids';
import { GridEditor } from './GridEditor';
import { GridImport } from './GridImport';
import { GridList } from './GridList';
import './grid-library.css';

interface Props {
  db: CocreateDb;
  now: () => Date;
  download: (file: ExportFile) => void;
  openView: (id: string) => void;
  /** Who the practice lets sign off a grid, from its settings or policy. */
  signOffPolicy: SignOffPolicy;
}

type Editing = { grid: OptionGrid; isNew: boolean } | null;
const GROUPS = ['bundled', 'practice', 'local'] as const;

/** The grid library page (docs/option-grids.md): browse, view, author, edit a copy, import, export and delete. */
export function GridLibraryApp({ db, now, download, openView, signOffPolicy }: Props) {
  const [catalogue, setCatalogue] = useState<LoadedCatalogue | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState('');
  const reload = () => loadCatalogue(() => listStoredGrids(db)).then(setCatalogue);
  useEffect(() => void reload(), [db]);

  if (!catalogue) return <p>Loading…</p>;
  const today = now().toISOString().slice(0, 10);
  const taken = new Set(catalogue.entries.map((e) => e.grid.id));

  const edit = ({ grid, source }: CatalogueEntry) =>
    setEditing(
      source === 'local' ? { grid, isNew: false } : { grid: copyAsLocal(grid, taken), isNew: false },
    );
  const save = async (grid: OptionGrid) => {
    await saveLocalGrid(db, grid, now());
    await reload();
    setEditing(null);
    setMessage(`Saved “${grid.title}” as one of your grids.`);
  };
  const signOff = async (grid: OptionGrid) => {
    await saveLocalGrid(db, grid, now());
    await reload();
    setMessage(`Signed off “${grid.title}” on this computer.`);
  };
  const remove = async ({ grid }: CatalogueEntry) => {
    await deleteStoredGrid(db, grid.id);
    await reload();
    setMessage(`Deleted “${grid.title}”.`);
  };

  if (editing) {
    return (
      <main class="grid-library">
        <GridEditor
          initial={editing.grid}
          isNew={editing.isNew}
          takenIds={taken}
          others={catalogue.entries.map((e) => e.grid)}
          signOffPolicy={signOffPolicy}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      </main>
    );
  }

  return (
    <main class="grid-library">
      <h1>Option grid library</h1>
      <p class="grid-library__check">{CHECK_BEFORE_USE}</p>
      <p role="status" class="grid-library__message">
        {message}
      </p>
      <div class="toolbar">
        <button
          type="button"
          class="primary"
          onClick={() => setEditing({ grid: blankGrid(today, taken), isNew: true })}
        >
          New grid
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              exportLibrary(
                catalogue.entries.map((e) => e.grid),
                today,
                'Cocreate option grids',
              ),
            )
          }
        >
          Export the whole library
        </button>
      </div>
      <GridImport
        db={db}
        catalogue={catalogue.entries}
        now={now}
        onImported={(text) => void reload().then(() => setMessage(text))}
      />
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
              onView={(e) => openView(e.grid.id)}
              onEdit={edit}
              onExport={(e) => download(exportGrid(e.grid))}
              onDelete={remove}
              onSignOff={signOff}
              signOffPolicy={signOffPolicy}
            />
          </section>
        );
      })}
    </main>
  );
}
