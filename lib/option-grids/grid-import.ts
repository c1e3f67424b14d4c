import type { CocreateDb } from '../storage/db';
import type { StoredGrid } from './stored-grid';
import type { CatalogueEntry } from './catalogue';
import type { OptionGrid } from './grid';
import { toStoredGrid } from './grid-store';
import { parseAnyGridFile } from './parse-grid';
import { compareVersions } from './versions';

/**
 * Importing grids that are already valid (parse-grid.ts checked the whole
 * file first). Planning is pure; applying writes everything in one
 * transaction, so an import never half-writes.
 */

export interface ImportPlan {
  /** Ids not on this PC yet. */
  added: OptionGrid[];
  /** A newer version of a grid already here. */
  updated: OptionGrid[];
  /** Same id with the same or an older version: the clinician is asked. */
  duplicates: { incoming: OptionGrid; existing: CatalogueEntry }[];
  /** Practice or local rows the incoming grids go into. */
  source: StoredGrid['source'];
}

/** A library bundle lands as practice grids; a single grid file as one of mine. */
export function planImport(
  incoming: readonly OptionGrid[],
  catalogue: readonly CatalogueEntry[],
  source: 'practice' | 'local',
): ImportPlan {
  const byId = new Map(catalogue.map((entry) => [entry.grid.id, entry]));
  const plan: ImportPlan = { added: [], updated: [], duplicates: [], source };
  for (const grid of incoming) {
    const existing = byId.get(grid.id);
    if (!existing) plan.added.push(grid);
    // A practice library never silently replaces a grid the clinician wrote.
    else if (existing.source === 'local' && source === 'practice')
      plan.duplicates.push({ incoming: grid, existing });
    else if (compareVersions(grid.version, existing.grid.version) > 0) plan.updated.push(grid);
    else plan.duplicates.push({ incoming: grid, existing });
  }
  return plan;
}

/** Writes the plan plus the duplicates the clinician chose to replace, all or nothing. */
export async function applyImport(
  db: CocreateDb,
  plan: ImportPlan,
  replaceIds: ReadonlySet<string>,
  now: Date,
): Promise<ImportSummary> {
  const replaced = plan.duplicates.filter((d) => replaceIds.has(d.incoming.id)).map((d) => d.incoming);
  const rows = [...plan.added, ...plan.updated, ...replaced].map((grid) =>
    toStoredGrid(grid, plan.source, now),
  );
  await db.transaction('rw', db.grids, async () => {
    await db.grids.bulkPut(rows);
  });
  return {
    added: plan.added.length,
    updated: plan.updated.length + replaced.length,
    kept: plan.duplicates.length - replaced.length,
  };
}

export interface ImportSummary {
  added: number;
  updated: number;
  kept: number;
}

/** "3 grids updated, 1 new, 2 kept as they were" (docs/deploying.md, "Option grid library"). */
export function describeImport({ added, updated, kept }: ImportSummary): string {
  const grids = (n: number) => `${n} ${n === 1 ? 'grid' : 'grids'}`;
  const parts: string[] = [];
  if (updated > 0) parts.push(`${grids(updated)} updated`);
  if (added > 0) parts.push(parts.length > 0 ? `${added} new` : `${grids(added)} new`);
  if (kept > 0)
    parts.push(parts.length > 0 ? `${kept} kept as they were` : `${grids(kept)} kept as they were`);
  return parts.length > 0 ? parts.join(', ') : 'Nothing to import';
}

export type PreparedImport =
  { ok: true; plan: ImportPlan; libraryName: string } | { ok: false; errors: string[] };

/** Validates a whole file and plans its import; nothing is written until `applyImport`. */
export function prepareImport(text: string, catalogue: readonly CatalogueEntry[]): PreparedImport {
  const file = parseAnyGridFile(text);
  if (!file.ok) return file;
  const source = file.kind === 'library' ? 'practice' : 'local';
  return { ok: true, plan: planImport(file.grids, catalogue, source), libraryName: file.library?.name ?? '' };
}
