import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { boundaries, DOMAIN_FOLDERS } from '../../../eslint-boundaries.mjs';
import { folderCycles, folderGraph, importsOf, readSources } from './import-graph';

// The layers and who may import whom: docs/architecture.md, "Layers".
// Node's own path functions: the test reads the same files whatever the environment's URL.
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
const sources = readSources(ROOT, 'components', readSources(ROOT, 'lib'));

describe('the folders of lib/ and components/ import each other without loops', () => {
  it('reads every kind of import', () => {
    expect(
      importsOf(
        "import a from './a';\nimport type { B } from '../b/b';\nexport { c } from './c';\nimport './d.css';\nconst e = import('../e/e');",
      ),
    ).toEqual(['./a', '../b/b', './c', './d.css', '../e/e']);
  });

  it('has no folder cycle in the code as it is', () => {
    expect(folderCycles(folderGraph(sources))).toEqual([]);
  });

  it('reports a planted cycle, dynamic imports included', () => {
    const planted = new Map(sources);
    planted.set('lib/domain/planted.ts', "export const p = () => import('../plan/lines');");
    const cycles = folderCycles(folderGraph(planted));
    expect(cycles.some((group) => group.includes('lib/domain') && group.includes('lib/plan'))).toBe(true);
  });

  it('reports a planted cycle between component folders', () => {
    const planted = new Map(sources);
    planted.set('components/fields/Planted.tsx', "import { AgendaStep } from '../steps/AgendaStep';");
    const cycles = folderCycles(folderGraph(planted));
    expect(
      cycles.some((group) => group.includes('components/fields') && group.includes('components/steps')),
    ).toBe(true);
  });

  it('reads components/ and the files directly in it as nodes of their own', () => {
    const graph = folderGraph(sources);
    expect(graph.get('components/steps')).toContain('components/fields');
    expect(graph.get('components/SidebarApp')).toContain('components/steps');
    expect(graph.get('components/steps')).toContain('components/app-context');
  });

  it('keeps every domain folder off lib/storage, dynamic imports included (lint sees only static ones)', () => {
    const reachesStorage = (files: ReadonlyMap<string, string>) =>
      [...folderGraph(files)]
        .filter(
          ([from, to]) =>
            from.startsWith('lib/') && DOMAIN_FOLDERS.includes(from.slice(4)) && to.has('lib/storage'),
        )
        .map(([from]) => from);
    expect(reachesStorage(sources)).toEqual([]);
    const planted = new Map(sources);
    planted.set('lib/review/planted.ts', "export const p = () => import('../storage/db');");
    expect(reachesStorage(planted)).toEqual(['lib/review']);
  });
});

describe('every lib/ folder has a layer', () => {
  it('is named in the boundary rules, so a new folder cannot slip past them', () => {
    const covered = new Set(
      boundaries
        .flatMap((block) => block.files ?? [])
        .flatMap((glob) => {
          const match = typeof glob === 'string' ? /^lib\/([^/*]+)\/\*\*$/.exec(glob) : null;
          return match?.[1] ? [match[1]] : [];
        }),
    );
    const folders = readdirSync(`${ROOT}lib`, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !covered.has(folder))).toEqual([]);
  });
});
