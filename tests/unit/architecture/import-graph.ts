import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The import graph between the folders of lib/ and components/, read from the source itself (static
 * imports, re-exports, side-effect imports and dynamic `import()`), for the architecture tests. Paths
 * are relative to the repository root with forward slashes.
 */

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const LAYERED = new Set(['lib', 'components']);

/**
 * The node a file belongs to: `lib/<folder>` or `components/<folder>`; a file directly in lib/ or
 * components/ (the side panel's root component, the app context) is a node of its own. Null outside.
 */
export function folderOf(path: string): string | null {
  const parts = path.split('/');
  if (!LAYERED.has(parts[0]!) || parts.length < 2) return null;
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : path.replace(/\.tsx?$/, '');
}

/** Folder → the other folders (of lib/ and components/) its files import. */
export function folderGraph(files: ReadonlyMap<string, string>): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [path, source] of files) {
    const from = folderOf(path);
    if (!from) continue;
    for (const spec of importsOf(source)) {
      if (!spec.startsWith('.')) continue;
      const to = folderOf(normalize(join(dirname(path), spec)).replaceAll('\\', '/'));
      if (!to || to === from) continue;
      graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Each group of folders that import each other round a loop (strongly connected, size > 1), sorted. */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop()!;
      group.push(w);
    } while (w !== v);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Every .ts/.tsx file under `dir` (relative to `root`) with its text. */
export function readSources(
  root: string,
  dir: string,
  into = new Map<string, string>(),
): Map<string, string> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) readSources(root, path, into);
    else if (/\.tsx?$/.test(entry.name)) into.set(path, readFileSync(join(root, path), 'utf8'));
  }
  return into;
}
