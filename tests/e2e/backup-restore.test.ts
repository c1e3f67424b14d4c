import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validGrid } from '../fixtures/grids/valid-grid';
import { launch, type Session } from './harness';

type Dump = Record<string, unknown[]>;

/** Every row of every table in the extension's database, read straight from IndexedDB. */
function dumpAll(page: Page): Promise<Dump> {
  return page.evaluate(
    () =>
      new Promise<Dump>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const dump: Dump = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (dump[name] = request.result as unknown[]);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(dump);
          };
        };
      }),
  );
}

/** Rows the side panel has no quick way to make here: a plan, a local grid and two PDSA entries. */
function seedOtherTables(page: Page, grid: unknown): Promise<void> {
  return page.evaluate(
    (gridRow) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['plans', 'grids', 'pdsa'], 'readwrite');
          tx.objectStore('plans').put({
            id: 'p1',
            consultationId: 'c-from-ui',
            givenAt: '2026-11-20T10:20:00Z',
            format: 'print',
            language: 'both',
            text: 'You will walk 20 minutes a day.',
          });
          tx.objectStore('grids').put(gridRow);
          for (const [id, aim] of [
            ['d1', 'Offer a plan copy to every patient'],
            ['d2', 'Ask the confidence question every time'],
          ])
            tx.objectStore('pdsa').put({
              id,
              createdAt: '2026-11-02T00:00:00Z',
              aim,
              change: 'Print by default',
              prediction: 'More copies taken',
              whatHappened: '',
              learned: '',
              nextCycle: '',
            });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    grid,
  );
}

function wipe(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
}

const CONSULTATIONS = [
  ['AB 1950', 'Walking to the allotment'],
  ['CD 1961', 'Sleeping through the night'],
  ['EF 1972', 'Playing with the grandchildren'],
] as const;

/** Back up a populated database, wipe it, restore it, compare every record (docs/privacy.md, "Backups"). */
describe('backup and restore in real Chromium', () => {
  let session: Session;
  let options: Page;
  let before: Dump;
  let backupFile = '';

  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('populates consultations, settings, a grid, a plan and the PDSA log', async () => {
    const panel = await session.openSidePanel();
    for (const [index, [reference, matters]] of CONSULTATIONS.entries()) {
      await panel.getByLabel('Patient reference').fill(reference);
      await panel.getByLabel('What matters to the patient').fill(matters);
      await expect
        .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
        .toBe('saved');
      if (index === CONSULTATIONS.length - 1) break;
      await panel.getByRole('button', { name: 'Start new consultation' }).click();
      await panel.getByRole('button', { name: 'Yes, start new' }).click();
      await expect.poll(() => panel.getByLabel('Patient reference').inputValue()).toBe('');
    }
    await panel.close();

    options = await session.openExtensionPage('options.html');
    await options.getByLabel('Practice name').fill('Riverside Surgery');
    await options.getByLabel('Practice contact line').fill('029 2000 0000, Monday to Friday');
    await options.getByLabel('Large print plans by default').check();
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => options.getByText('Settings saved.').count()).toBe(1);
    // One keyword list under two names, as a stored grid row may hold it (lib/backup/revive-row.ts).
    const grid = validGrid({ id: 'my-knee-grid' });
    await seedOtherTables(options, {
      id: grid.id,
      source: 'local',
      updatedAt: '2026-11-01T00:00:00Z',
      keywords: grid.keywords,
      grid,
    });

    before = await dumpAll(options);
    expect(before.consultations).toHaveLength(3);
    // The settings saved above, plus any preference the side panel keeps (e.g. the path last used).
    expect(before.settings?.length).toBeGreaterThanOrEqual(1);
    expect(before.grids).toHaveLength(1);
    expect(before.plans).toHaveLength(1);
    expect(before.pdsa).toHaveLength(2);
  });

  it('backs everything up to one downloaded file', async () => {
    const downloading = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download a backup' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^cocreate-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupFile = join(session.userDataDir, 'backup.json');
    await download.saveAs(backupFile);
    const text = readFileSync(backupFile, 'utf8');
    for (const [reference, matters] of CONSULTATIONS) {
      expect(text).toContain(reference);
      expect(text).toContain(matters);
    }
  });

  it('restores every record after the data is wiped, settings included', async () => {
    await wipe(options);
    expect((await dumpAll(options)).consultations).toEqual([]);

    await options.getByLabel('Restore from a backup file').setInputFiles(backupFile);
    const confirm = options.getByRole('group', { name: /holds/ });
    await expect
      .poll(() => confirm.textContent(), { timeout: 15_000 })
      .toContain('holds 3 consultations, 1 plan, 1 option grid');
    expect(await confirm.textContent()).toContain('2 PDSA log entries');
    await options.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect
      .poll(() =>
        options.getByRole('region', { name: 'Backup and restore' }).getByRole('status').textContent(),
      )
      .toContain('Restored 3 consultations');

    expect(await dumpAll(options)).toEqual(before);
    await expect.poll(() => options.getByLabel('Practice name').inputValue()).toBe('Riverside Surgery');
    const panel = await session.openSidePanel();
    await expect
      .poll(() => panel.getByLabel('What matters to the patient').inputValue(), { timeout: 15_000 })
      .toBe('Playing with the grandchildren');
    await panel.close();
    expect(session.offMachineRequests).toEqual([]);
  });

  it.each([
    [
      'cut short',
      (text: string) => text.slice(0, Math.floor(text.length / 2)),
      /not a Cocreate backup, or it is damaged/,
    ],
    [
      'with a damaged consultation',
      (text: string) => text.replace('"status":"open"', '"status":"lost"'),
      /consultations are damaged \(entry \d+ is not in the expected form\)/,
    ],
  ])(
    'refuses a backup %s with a clear message and leaves the data untouched',
    async (name, corrupt, message) => {
      const current = await dumpAll(options);
      const damaged = join(session.userDataDir, `damaged-${name.replace(/\W+/g, '-')}.json`);
      const original = readFileSync(backupFile, 'utf8');
      const text = corrupt(original);
      expect(text).not.toBe(original);
      writeFileSync(damaged, text);

      await options.getByLabel('Restore from a backup file').setInputFiles(damaged);
      const status = options.getByRole('region', { name: 'Backup and restore' }).getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(message);
      expect(await status.textContent()).toContain('Nothing was changed.');
      expect(await options.getByRole('button', { name: 'Replace my data with this backup' }).count()).toBe(0);
      expect(await dumpAll(options)).toEqual(current);
      expect(session.offMachineRequests).toEqual([]);
    },
  );
});
