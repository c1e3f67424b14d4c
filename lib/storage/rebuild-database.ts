import type { CocreateDb } from './db';
import { rebuildScratchName } from './rebuild-scratch';
import { DERIVED_TABLES } from './schema';

/** Opens a Cocreate database by name (openDb, with the page's IndexedDB). */
export type OpenByName = (name: string) => CocreateDb;

type Rows = Map<string, unknown[]>;
const COMPLETE_KEY = 'rebuildCopyComplete';

/**
 * Rewrites the whole database into a fresh one and deletes the old, so text a
 * purge removed leaves the browser's storage files instead of waiting in them
 * for a compaction that may never come (docs/privacy.md, "What stays on disk").
 * Chromium compacts a deleted database's key range at once; records merely
 * overwritten or deleted stay readable in its LevelDB log until it fills.
 *
 * Crash-safe: the rows are first copied into a scratch database, marked
 * complete; the scratch copy is deleted only after the fresh database holds
 * every row. If the browser stops in between, `recoverInterruptedRebuild`
 * puts the copy back the next time a page opens.
 */
export async function rebuildDatabase(db: CocreateDb, open: OpenByName): Promise<void> {
  const rows = await readAll(db);
  const scratch = open(scratchName(db));
  await scratch.delete({ disableAutoOpen: false });
  await scratch.open();
  await writeAll(scratch, rows, true);
  scratch.close();
  // Other pages' connections close on the version change and reopen the fresh database by themselves.
  await db.delete({ disableAutoOpen: false });
  await db.open();
  await writeAll(db, rows, false);
  await scratch.delete();
}

/** Finishes a rebuild the browser stopped half way; does nothing when there is none. */
export async function recoverInterruptedRebuild(
  db: CocreateDb,
  open: OpenByName,
  idb: IDBFactory,
): Promise<boolean> {
  const names = (await idb.databases()).map((info) => info.name);
  if (!names.includes(scratchName(db))) return false;
  const scratch = open(scratchName(db));
  const complete = (await scratch.settings.get(COMPLETE_KEY))?.value === true;
  if (complete) await writeAll(db, await readAll(scratch), false);
  await scratch.delete();
  return complete;
}

function scratchName(db: CocreateDb): string {
  return rebuildScratchName(db.name);
}

async function readAll(db: CocreateDb): Promise<Rows> {
  const tables = db.tables.filter((table) => !DERIVED_TABLES.includes(table.name));
  return db.transaction('r', tables, async () => {
    const rows: Rows = new Map();
    for (const table of tables) rows.set(table.name, await table.toArray());
    return rows;
  });
}

/** Replaces every table with `rows` in one transaction (derived tables follow by themselves). */
async function writeAll(db: CocreateDb, rows: Rows, markComplete: boolean): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      if (DERIVED_TABLES.includes(table.name)) continue;
      await table.clear();
      const written = (rows.get(table.name) ?? []).filter(
        (row) => !(table.name === 'settings' && (row as { key?: unknown }).key === COMPLETE_KEY),
      );
      if (written.length > 0) await table.bulkAdd(written);
    }
    if (markComplete) await db.settings.put({ key: COMPLETE_KEY, value: true });
  });
}
