import type { OptionGrid } from './grid';
import { toLibraryDocument } from './parse-grid';

/** A file to download: name and JSON text (the page turns it into a blob). */
export interface ExportFile {
  fileName: string;
  text: string;
}

/** One grid as a single-grid file, readable by any text editor and by import. */
export function exportGrid(grid: OptionGrid): ExportFile {
  return { fileName: `${grid.id}-v${grid.version}.json`, text: `${JSON.stringify(grid, null, 2)}\n` };
}

/** Every grid as one library bundle, e.g. to share with the practice (docs/deploying.md, "Option grid library"). */
export function exportLibrary(grids: readonly OptionGrid[], today: string, name = ''): ExportFile {
  const document = toLibraryDocument([...grids], { name, publishedAt: today });
  return { fileName: `cocreate-grids-${today}.json`, text: `${JSON.stringify(document, null, 2)}\n` };
}
