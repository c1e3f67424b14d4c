import type { CatalogueEntry } from './catalogue';
import type { OptionGrid } from './grid';
import type { ImportPlan, ImportSummary } from './import-rows';
import { parseAnyGridFile } from './parse-grid';
import { compareVersions } from './versions';

/**
 * Importing grids that are already valid (parse-grid.ts checked the whole
 * file first). Planning is pure; lib/storage/grids.ts `applyImport` writes
 * everything in one transaction, so an import never half-writes.
 */

export type { ImportPlan, ImportSummary } from './import-rows';

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
