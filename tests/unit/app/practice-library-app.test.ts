import { describe, expect, it } from 'vitest';
import { createPracticeLibraryApp } from '../../../lib/app/practice-library-app';
import { toLibraryDocument } from '../../../lib/option-grids/parse-grid';
import type { CocreateDb } from '../../../lib/storage/db';
import { listStoredGrids, saveLocalGrid } from '../../../lib/storage/grids';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../test-db';

const NOW = new Date('2026-11-23T09:00:00Z');
const LIBRARY = JSON.stringify(
  toLibraryDocument([validGrid(), validGrid({ id: 'hip-pain-test', title: 'Hip pain' })], {
    name: 'Riverside grids',
  }),
);

function practiceLibrary(text: string, db: CocreateDb = testDb(`practice-${Math.random()}`)) {
  return {
    db,
    app: createPracticeLibraryApp({ db, now: () => NOW, loadLibraryText: () => Promise.resolve(text) }),
  };
}

describe('the practice library’s model', () => {
  it('offers nothing when no policy names a library', async () => {
    const { app } = practiceLibrary('');
    expect(app.offer.value).toBeNull();
    await app.check();
    expect(app.offer.value).toEqual({ kind: 'none' });
  });

  it('brings the library in as practice grids, stamped by its clock, then has nothing left to do', async () => {
    const { app, db } = practiceLibrary(LIBRARY);
    await app.check();
    expect(app.offer.value).toMatchObject({ kind: 'ready', name: 'Riverside grids', total: 2 });
    await app.bringIn();
    expect(app.result.value).toEqual({ kind: 'done', summary: { added: 2, updated: 0, kept: 0 } });
    const rows = await listStoredGrids(db);
    expect(rows.map((row) => [row.id, row.source, row.updatedAt]).sort()).toEqual([
      ['hip-pain-test', 'practice', NOW.toISOString()],
      ['knee-pain-test', 'practice', NOW.toISOString()],
    ]);
    expect(app.offer.value).toMatchObject({ kind: 'ready', plan: { added: [], updated: [] } });
  });

  it('keeps a grid the clinician wrote as theirs', async () => {
    const db = testDb(`practice-${Math.random()}`);
    await saveLocalGrid(db, validGrid({ version: '0.9' }), NOW);
    const { app } = practiceLibrary(LIBRARY, db);
    await app.check();
    await app.bringIn();
    const rows = await listStoredGrids(db);
    expect(rows.find((row) => row.id === 'knee-pain-test')?.source).toBe('local');
  });

  it('says it failed when the grids cannot be written', async () => {
    const { app, db } = practiceLibrary(LIBRARY);
    await app.check();
    db.close();
    await app.bringIn();
    expect(app.result.value).toEqual({ kind: 'failed' });
  });

  it('writes nothing from a damaged library', async () => {
    const { app, db } = practiceLibrary(LIBRARY.slice(0, 100));
    await app.check();
    expect(app.offer.value?.kind).toBe('invalid');
    await app.bringIn();
    expect(app.result.value).toEqual({ kind: 'none' });
    expect(await listStoredGrids(db)).toEqual([]);
  });
});
