import type { StoredGrid } from '../domain/stored-grid';
import type { CatalogueEntry } from './catalogue';
import type { OptionGrid } from './grid';
import { toStoredGrid } from './stored-grid';

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

export interface ImportSummary {
  added: number;
  updated: number;
  kept: number;
}

/**
 * The rows an import writes (the plan plus the duplicates the clinician chose to replace) and
 * what it will have done; lib/storage/grids.ts writes them in one transaction.
 */
export function importRows(
  plan: ImportPlan,
  replaceIds: ReadonlySet<string>,
  now: Date,
): { rows: StoredGrid[]; summary: ImportSummary } {
  const replaced = plan.duplicates.filter((d) => replaceIds.has(d.incoming.id)).map((d) => d.incoming);
  const rows = [...plan.added, ...plan.updated, ...replaced].map((grid) =>
    toStoredGrid(grid, plan.source, now),
  );
  return { rows, summary: importSummary(plan, replaceIds) };
}

/** What an import will do with these duplicates replaced: shown before anything is written. */
export function importSummary(plan: ImportPlan, replaceIds: ReadonlySet<string>): ImportSummary {
  const replaced = plan.duplicates.filter((d) => replaceIds.has(d.incoming.id)).length;
  return {
    added: plan.added.length,
    updated: plan.updated.length + replaced,
    kept: plan.duplicates.length - replaced,
  };
}
