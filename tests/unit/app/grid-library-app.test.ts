import { describe, expect, it } from 'vitest';
import { createGridLibraryApp } from '../../../lib/app/grid-library-app';
import type { ExportFile } from '../../../lib/option-grids/grid-export';
import { signOffGrid } from '../../../lib/option-grids/grid-sign-off';
import { toLibraryDocument } from '../../../lib/option-grids/parse-grid';
import { listStoredGrids, saveLocalGrid } from '../../../lib/storage/grids';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../test-db';

const NOW = new Date('2026-11-23T09:00:00Z');
const file = (name: string, text: string) => ({ name, text: () => Promise.resolve(text) });

async function library() {
  const db = testDb(`grid-library-${Math.random()}`);
  await saveLocalGrid(db, validGrid(), NOW);
  const downloads: ExportFile[] = [];
  const opened: string[] = [];
  const app = createGridLibraryApp({
    db,
    now: () => NOW,
    download: (exported) => void downloads.push(exported),
    openView: (id) => void opened.push(id),
    signOffPolicy: { roles: ['GP partner'], people: [] },
  });
  await app.load();
  const entry = (id: string) => app.catalogue.value!.byId(id)!;
  return { app, db, downloads, opened, entry };
}

describe('the grid library page’s model', () => {
  it('starts a blank grid dated today, with an id no grid has, and stops editing when asked', async () => {
    const { app } = await library();
    app.startNewGrid();
    expect(app.editing.value?.isNew).toBe(true);
    expect(app.takenIds.value.has(app.editing.value!.grid.id)).toBe(false);
    expect(app.today()).toBe('2026-11-23');
    app.stopEditing();
    expect(app.editing.value).toBeNull();
  });

  it('edits a grid of mine itself, and a shipped grid as a copy of my own', async () => {
    const { app, entry } = await library();
    app.startEditing(entry('knee-pain-test'));
    expect(app.editing.value?.grid.id).toBe('knee-pain-test');
    app.startEditing(entry('low-back-pain'));
    expect(app.editing.value?.grid.id).toBe('low-back-pain-copy');
  });

  it('saves the grid edited as mine, reads the library again and says so', async () => {
    const { app, db, entry } = await library();
    app.startEditing(entry('low-back-pain'));
    await app.saveGrid({ ...app.editing.value!.grid, title: 'My back pain grid' });
    expect(app.editing.value).toBeNull();
    expect(entry('low-back-pain-copy')).toMatchObject({ source: 'local' });
    expect((await listStoredGrids(db)).map((row) => row.id).sort()).toEqual([
      'knee-pain-test',
      'low-back-pain-copy',
    ]);
    expect(app.notice.value).toEqual({ kind: 'saved', title: 'My back pain grid' });
  });

  it('keeps a sign-off, deletes a grid, and says which', async () => {
    const { app, db, entry } = await library();
    const signOff = {
      reviewerName: 'Dr A',
      reviewerRole: 'GP partner',
      date: '2026-11-23',
      nextReviewDate: '2027-11-23',
    };
    await app.signOffGrid(signOffGrid(validGrid(), signOff));
    expect(entry('knee-pain-test').grid.signOff).toEqual(signOff);
    expect(app.notice.value).toEqual({ kind: 'signedOff', title: validGrid().title });
    await app.deleteGrid(entry('knee-pain-test'));
    expect(app.catalogue.value?.byId('knee-pain-test')).toBeUndefined();
    expect(await listStoredGrids(db)).toEqual([]);
    expect(app.notice.value).toEqual({ kind: 'deleted', title: validGrid().title });
  });

  it('exports one grid or the whole library, and opens a grid full-tab', async () => {
    const { app, downloads, opened, entry } = await library();
    app.exportGrid(entry('knee-pain-test'));
    app.exportLibrary();
    app.openView(entry('knee-pain-test'));
    expect(downloads.map((d) => d.fileName)).toEqual([
      'knee-pain-test-v1.0.json',
      'cocreate-grids-2026-11-23.json',
    ]);
    expect(JSON.parse(downloads[1]!.text)).toMatchObject({ name: 'Cocreate option grids' });
    expect(opened).toEqual(['knee-pain-test']);
  });
});

describe('importing grids on the library page', () => {
  it('refuses a broken file whole, keeping nothing and saying what is wrong', async () => {
    const { app, db } = await library();
    await app.gridImport.readFile(file('broken.json', '{"id": 1'));
    expect(app.gridImport.refusal.value?.file).toBe('broken.json');
    expect(app.gridImport.refusal.value?.lines.length).toBeGreaterThan(0);
    expect(app.gridImport.pending.value).toBeNull();
    expect(await listStoredGrids(db)).toHaveLength(1);
  });

  it('shows what will change, lets the clinician replace a duplicate, then writes it all at once', async () => {
    const { app, db, entry } = await library();
    const text = JSON.stringify(toLibraryDocument([validGrid(), validGrid({ id: 'hip-pain-test' })]));
    await app.gridImport.readFile(file('practice.json', text));
    expect(app.gridImport.preview.value).toBe('1 grid new, 1 kept as they were');
    expect(await listStoredGrids(db)).toHaveLength(1);
    app.gridImport.chooseReplace('knee-pain-test', true);
    expect(app.gridImport.preview.value).toBe('1 grid updated, 1 new');
    await app.gridImport.confirmImport();
    expect(app.gridImport.pending.value).toBeNull();
    expect(entry('hip-pain-test').source).toBe('practice');
    expect(entry('knee-pain-test').source).toBe('practice');
    expect(app.notice.value).toEqual({
      kind: 'imported',
      file: 'practice.json',
      summary: { added: 1, updated: 1, kept: 0 },
    });
  });

  it('writes nothing when the import is cancelled', async () => {
    const { app, db } = await library();
    await app.gridImport.readFile(file('mine.json', JSON.stringify(validGrid({ id: 'hip-pain-test' }))));
    app.gridImport.cancelImport();
    await app.gridImport.confirmImport();
    expect(app.gridImport.pending.value).toBeNull();
    expect(await listStoredGrids(db)).toHaveLength(1);
    expect(app.notice.value).toBeNull();
  });
});
