import type { Settings } from '../settings/settings';
import type { CocreateDb } from '../storage/db';
import { openDb } from '../storage/db';
import { rebuildInterrupted } from '../storage/rebuild-scratch';
import type { PurgeNotice } from './apply-purge';
import { retentionAtStart } from './at-start';

export interface PanelRetentionDeps {
  db: CocreateDb;
  now: () => Date;
  newId: () => string;
  /** Tells this window's model (and every other window) that a consultation's text was purged. */
  announce: (notice: PurgeNotice) => void;
  idb: IDBFactory;
}

/**
 * What the side panel does about retention once it is up (docs/privacy.md, "Retention"): finish a
 * database rebuild the browser stopped half way, run the practice's autoPurge when it is set, and
 * count what is still due for the sidebar's notice. Loaded after the first paint, so none of it
 * weighs on opening the panel (docs/performance.md).
 */
export async function retentionWhenPanelOpens(deps: PanelRetentionDeps, settings: Settings): Promise<number> {
  const openByName = (name: string) => openDb({ name });
  // The rebuild's code loads only when there is a rebuild to finish or to run: almost never at open.
  const rebuildCode = () => import('../storage/rebuild-database');
  if (await rebuildInterrupted(deps.idb, deps.db.name)) {
    await (await rebuildCode()).recoverInterruptedRebuild(deps.db, openByName, deps.idb);
  }
  return retentionAtStart(
    {
      db: deps.db,
      now: deps.now,
      newId: deps.newId,
      announce: deps.announce,
      rebuild: async () => (await rebuildCode()).rebuildDatabase(deps.db, openByName),
    },
    settings,
  );
}
