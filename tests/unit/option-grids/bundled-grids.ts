import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';

/** Every bundled grid file, read through the real parser (English and Welsh twins). */
const DIR = join(import.meta.dirname, '../../../lib/option-grids/bundled');

export const BUNDLED: readonly OptionGrid[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const parsed = parseGridFile(readFileSync(join(DIR, name), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
    return parsed.grid;
  });

export function bundled(id: string): OptionGrid {
  const grid = BUNDLED.find((g) => g.id === id);
  if (!grid) throw new Error(`no bundled grid "${id}"`);
  return grid;
}
