import { signal } from '@preact/signals-core';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAuditPageApp } from '../../../lib/app/audit-page-app';
import { createBackupApp } from '../../../lib/app/backup-app';
import { createGridImportApp } from '../../../lib/app/grid-import-app';
import { createGridLibraryApp } from '../../../lib/app/grid-library-app';
import { createGridViewApp } from '../../../lib/app/grid-view-app';
import { createPdsaLogApp } from '../../../lib/app/pdsa-log-app';
import { createPracticeLibraryApp } from '../../../lib/app/practice-library-app';
import { createRetentionReviewApp } from '../../../lib/app/retention-review-app';
import { createHandOver } from '../../../lib/app/hand-over';
import { createSidePanelApp } from '../../../lib/app/side-panel-app';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { ConsultationModel } from '../../../lib/state/consultation-model';
import type { CocreateDb } from '../../../lib/storage/db';
import { trackedFiles } from './tracked-files';

// docs/architecture.md, "Views and their application model", lists the named actions the views apply
// and the commands of the side panel's model and the plan panel's hand-over; these keep the lists
// equal to the code.
const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
const doc = readFileSync(`${ROOT}docs/architecture.md`, 'utf8');
const start = doc.indexOf('## Views and their application model');
const section = doc.slice(start, doc.indexOf('\n## ', start + 1));

const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

/** The rows of the actions table: [name, module]. */
function documentedActions(): [string, string][] {
  return [...section.matchAll(/^\| `(\w+)`\s+\| `([\w/.-]+)`/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('the commands docs/architecture.md lists', () => {
  it('name every action a view applies, and only those', () => {
    const applied = trackedFiles()
      .filter((file) => file.startsWith('components/') && /\.tsx?$/.test(file))
      .flatMap((file) =>
        [...readFileSync(`${ROOT}${file}`, 'utf8').matchAll(/\.apply\(\s*(\w+)/g)].map((m) => m[1]!),
      );
    expect(sorted(documentedActions().map(([name]) => name))).toEqual(sorted(applied));
  });

  it.each(documentedActions())('find %s exported by %s', (name, module) => {
    expect(readFileSync(`${ROOT}${module}`, 'utf8')).toMatch(
      new RegExp(`export (const|function) ${name}\\b`),
    );
  });

  it('name every command of the side panel’s model, and only those', () => {
    const from = section.indexOf('Everything else a view asks is a **command**');
    const paragraph = section.slice(from, section.indexOf('settled by the model itself', from));
    const documented = [...paragraph.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    const model = {
      consultation: signal(null),
      saveStatus: signal({ kind: 'idle' }),
      canUndo: signal(false),
      apply: () => undefined,
      undo: () => undefined,
      flush: () => Promise.resolve(),
      open: () => Promise.resolve(),
      startNew: () => Promise.resolve(),
    } as unknown as ConsultationModel;
    const app = createSidePanelApp({
      model,
      db: new Promise<CocreateDb>(() => undefined),
      settings: signal(DEFAULT_SETTINGS),
      now: () => new Date(0),
      newId: () => 'id',
      inserter: () => Promise.reject(new Error('no EHR page in unit tests')),
    });
    const commands = Object.entries(app)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(sorted(documented)).toEqual(sorted(commands));
  });

  // Factories only: none of them reads the database or the clock until a command is called.
  const inert = {
    db: {} as CocreateDb,
    now: () => new Date(0),
    newId: () => 'id',
    journal: { clear: () => undefined },
    sync: { post: () => undefined },
    readSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    rebuild: () => Promise.resolve(),
    exportSource: () => '',
    announce: () => undefined,
    onPurged: () => Promise.resolve(),
    download: () => undefined,
    openView: () => undefined,
    signOffPolicy: { roles: [], people: [] },
    catalogue: () => [],
    onImported: () => Promise.resolve(),
    id: 'grid',
    printOnOpen: false,
    print: () => undefined,
    loadLibraryText: () => Promise.resolve(''),
    requireEncryption: () => false,
    onRestored: () => Promise.resolve(),
  };
  const PAGE_MODELS: [string, object][] = [
    ['createAuditPageApp', createAuditPageApp(inert)],
    ['createPdsaLogApp', createPdsaLogApp(inert)],
    ['createRetentionReviewApp', createRetentionReviewApp(inert)],
    ['createGridLibraryApp', createGridLibraryApp(inert)],
    ['createGridImportApp', createGridImportApp(inert)],
    ['createGridViewApp', createGridViewApp(inert)],
    ['createPracticeLibraryApp', createPracticeLibraryApp(inert)],
    ['createBackupApp', createBackupApp(inert)],
  ];

  it.each(PAGE_MODELS)('name every command of %s, and only those', (factory, app) => {
    const tick = '`';
    const item = new RegExp(
      `^- ${tick}${factory}${tick} \\(${tick}([\\w/.-]+)${tick}\\)[^:]*:([\\s\\S]*?)(?=\\n- |\\n\\n)`,
      'm',
    ).exec(section);
    expect(item, `a line "- \`${factory}\` (…): …" in docs/architecture.md`).not.toBeNull();
    expect(readFileSync(`${ROOT}${item![1]!}`, 'utf8')).toContain(`export function ${factory}(`);
    // Words in brackets explain a command; only the names before them are listed.
    const documented = [...item![2]!.replace(/\([^)]*\)/g, '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    const commands = Object.entries(app)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(sorted(documented)).toEqual(sorted(commands));
  });

  it('name every command of the plan panel’s hand-over, and only those', () => {
    const from = section.indexOf("The plan panel's hand-over is a model of its own");
    const paragraph = section.slice(section.indexOf('its commands', from), section.indexOf('\n\n', from));
    const documented = [...paragraph.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    const handOver = createHandOver({
      app: {
        consultation: signal(null),
        flush: () => Promise.resolve(),
        inserter: () => Promise.reject(new Error('no EHR page in unit tests')),
        recordPlanGiven: () => undefined,
      },
      outlets: {
        openPatientView: () => Promise.resolve(),
        copyText: () => Promise.resolve(),
        copyHtml: () => Promise.resolve(),
        download: () => undefined,
      },
    });
    const commands = Object.entries(handOver)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name);
    expect(from).toBeGreaterThan(-1);
    expect(sorted(documented)).toEqual(sorted(commands));
  });
});
