import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundaries } from '../../../eslint-boundaries.mjs';

// The boundary rules of eslint.config.mjs (eslint-boundaries.mjs), run without type information so
// the whole code base lints in seconds; docs/architecture.md, "Layers", says why each one exists.
// Node's own path functions: the test reads the same files whatever the environment's URL.
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      ...boundaries,
    ],
  });
});

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('import boundaries', () => {
  it('hold across lib/, components/ and entrypoints/ as the code is', async () => {
    const results = await eslint.lintFiles(['lib', 'components', 'entrypoints']);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === null || BOUNDARY_RULES.has(m.ruleId))
        .map((m) => `${r.filePath.slice(ROOT.length)}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(200);
    expect(found).toEqual([]);
  }, 120_000);

  it.each([
    ['a domain file importing Dexie', 'lib/domain/planted.ts', "import { Dexie } from 'dexie';", 'Dexie'],
    [
      'a domain file importing storage',
      'lib/domain/planted.ts',
      "import type { CocreateDb } from '../storage/db';",
      'does not reach storage',
    ],
    [
      'a plan file re-exporting storage',
      'lib/plan/planted.ts',
      "export { listPdsa } from '../storage/pdsa';",
      'does not reach storage',
    ],
    ['a lib/ file importing Preact', 'lib/review/planted.ts', "import { h } from 'preact';", 'No UI in lib/'],
    [
      'a lib/ file importing a component',
      'lib/state/planted.ts',
      "import { SidebarApp } from '../../components/SidebarApp';",
      'No UI in lib/',
    ],
    [
      'a lib/ file importing the browser',
      'lib/insert/planted.ts',
      "import browser from 'webextension-polyfill';",
      'browser-free',
    ],
    [
      'a component importing Dexie',
      'components/plan/Planted.tsx',
      "import { liveQuery } from 'dexie';",
      'Dexie',
    ],
    [
      'an entry point importing Dexie',
      'entrypoints/sidepanel/planted.ts',
      "import Dexie from 'dexie';",
      'Dexie',
    ],
    [
      'a component naming a table',
      'components/audit/Planted.tsx',
      'export const rows = (db: { pdsa: unknown }) => db.pdsa;',
      'Only lib/storage names a table',
    ],
    [
      'a service naming a table through its deps',
      'lib/state/planted.ts',
      'export const read = (deps: { db: { settings: unknown } }) => deps.db.settings;',
      'Only lib/storage names a table',
    ],
    [
      'a component naming a table on an awaited database',
      'components/plan/Planted.tsx',
      'export const rows = async (db: Promise<{ consultations: unknown }>) => (await db).consultations;',
      'Only lib/storage names a table',
    ],
    [
      'a component naming a table on an opened database',
      'components/review/Planted.tsx',
      'export const rows = (opened: { consultations: unknown }) => opened.consultations;',
      'Only lib/storage names a table',
    ],
    [
      'a service naming a table in brackets',
      'lib/retention/planted.ts',
      "export const rows = (cocreateDb: { plans: unknown }) => cocreateDb['plans'];",
      'Only lib/storage names a table',
    ],
    [
      'an entry point asking Dexie for a table by name',
      'entrypoints/audit/planted.ts',
      "export const rows = (source: { table(name: string): unknown }) => source.table('pdsa');",
      'Only lib/storage names a table',
    ],
    [
      'a domain file importing the app state',
      'lib/review/planted.ts',
      "import { createConsultationModel } from '../state/consultation-model';",
      'does not reach the services',
    ],
    [
      'a domain file importing retention',
      'lib/plan/planted.ts',
      "import { dueNow } from '../retention/due-now';",
      'does not reach the services',
    ],
    [
      'a domain file importing the backup',
      'lib/audit/planted.ts',
      "export { exportBackup } from '../backup/export-backup';",
      'does not reach the services',
    ],
    [
      'the strings importing a service',
      'lib/i18n/planted.ts',
      "import type { RetentionRun } from '../retention/run-retention';",
      'does not reach the services',
    ],
    [
      'a domain file importing a page model',
      'lib/plan/planted.ts',
      "import { createSidePanelApp } from '../app/side-panel-app';",
      'does not reach the services',
    ],
    [
      'storage importing a page model',
      'lib/storage/planted.ts',
      "import type { SidePanelApp } from '../app/side-panel-app';",
      'below the services',
    ],
    ['a page model importing Preact', 'lib/app/planted.ts', "import { h } from 'preact';", 'No UI in lib/'],
    [
      'a view importing a value from storage',
      'components/review/Planted.tsx',
      "import { consultationRepository } from '../../lib/storage/consultations';",
      'A view does not reach storage',
    ],
    [
      'a view re-exporting storage',
      'components/plan/planted.ts',
      "export { recordPlanGiven } from '../../lib/storage/plans-given';",
      'A view does not reach storage',
    ],
    [
      'a view loading storage on demand',
      'components/plan/planted.ts',
      "export const load = () => import('../../lib/storage/grids');",
      'A view does not reach storage',
    ],
    [
      'a view changing the consultation with update',
      'components/steps/Planted.tsx',
      'export const edit = (model: { update(f: (c: object) => object): void }) => model.update((c) => c);',
      'never update()',
    ],
    [
      'a view applying a change of its own',
      'components/steps/Planted.tsx',
      'export const edit = (model: { apply(f: (c: object) => object): void }) => model.apply((c) => c);',
      'never a function of its own',
    ],
    [
      'a view making a date',
      'components/plan/planted.ts',
      'export const at = () => new Date().toISOString();',
      'never makes the time',
    ],
    [
      'a view reading the clock',
      'components/clock/Planted.tsx',
      'export const at = () => Date.now();',
      'never makes the time',
    ],
    [
      'storage importing a service above it',
      'lib/storage/planted.ts',
      "import { createConsultationModel } from '../state/consultation-model';",
      'below the services',
    ],
  ])('report %s', async (_name, filePath, code, words) => {
    const found = await problems(code, filePath);
    expect(found.some((p) => p.includes(words))).toBe(true);
  });

  it('leave a property that shares a table name on something other than the database alone', async () => {
    expect(
      await problems(
        'export const name = (context: { settings: { practiceName: string } }) => context.settings.practiceName;',
        'components/plan/Planted.tsx',
      ),
    ).toEqual([]);
  });

  it('leave a view its types from storage, a stored date read back and the browser’s own windows.update', async () => {
    expect(
      await problems(
        [
          "import type { CocreateDb } from '../../lib/storage/db';",
          'export const when = (iso: string) => new Date(iso);',
          'export const restore = (windows: { update(id: number, o: object): void }) => windows.update(1, {});',
          'export type Db = CocreateDb;',
        ].join('\n'),
        'components/plan/Planted.tsx',
      ),
    ).toEqual([]);
  });

  it('hold every view to the view rules: no component file is exempt', async () => {
    const views = readdirSync(`${ROOT}components`, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => `components/${file}`);
    expect(views).toContain('components/audit/AuditApp.tsx');
    const unchecked: string[] = [];
    for (const view of views) {
      const found = await problems('export const at = () => new Date().toISOString();', view);
      if (!found.some((p) => p.includes('never makes the time'))) unchecked.push(view);
    }
    expect(unchecked).toEqual([]);
  }, 60_000);

  it('leave lib/storage free to use Dexie and its tables', async () => {
    expect(
      await problems(
        "import { Dexie } from 'dexie';\nexport const rows = (db: { pdsa: unknown }) => db.pdsa;\nexport { Dexie };",
        'lib/storage/planted.ts',
      ),
    ).toEqual([]);
  });
});
