import type { OptionGrid } from '../grid';
import { parseGrid } from '../parse-grid';

/**
 * The grids shipped with Cocreate, one JSON file each beside this module.
 * `import.meta.glob` without `eager` makes every file its own lazily loaded
 * chunk, so none of this content is in the side panel's initial payload
 * (60 KB budget); it loads when grid search first opens.
 */
const loaders = import.meta.glob<unknown>('./*.json', { import: 'default' });

export interface BundledGrids {
  grids: OptionGrid[];
  /** Plain-words problems with any shipped file (a unit test keeps this empty). */
  errors: string[];
}

/** Loads and validates every bundled grid; a broken file is left out, never half-shown. */
export async function loadBundledGrids(): Promise<BundledGrids> {
  const entries = Object.entries(loaders).sort(([a], [b]) => a.localeCompare(b));
  const loaded = await Promise.all(entries.map(async ([path, load]) => [path, await load()] as const));
  const grids: OptionGrid[] = [];
  const errors: string[] = [];
  for (const [path, json] of loaded) {
    const parsed = parseGrid(json);
    if (parsed.ok) grids.push(parsed.grid);
    else errors.push(...parsed.errors.map((error) => `${path.slice(2)}: ${error}`));
  }
  return { grids, errors };
}
