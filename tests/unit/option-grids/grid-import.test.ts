import { describe, expect, it } from 'vitest';
import { mergeCatalogue } from '../../../lib/option-grids/catalogue';
import { describeImport, prepareImport } from '../../../lib/option-grids/grid-import';
import { toStoredGrid } from '../../../lib/option-grids/stored-grid';
import { applyImport, saveLocalGrid } from '../../../lib/storage/grids';
import { toLibraryDocument } from '../../../lib/option-grids/parse-grid';
import { MALFORMED_FILES } from '../../fixtures/grids/malformed';
import { validGrid } from '../../fixtures/grids/valid-grid';
import { testDb } from '../test-db';

const NOW = new Date('2026-11-23T10:00:00Z');
const library = (...grids: ReturnType<typeof validGrid>[]) => JSON.stringify(toLibraryDocument(grids));

describe('importing grids', () => {
  it.each(MALFORMED_FILES)('writes nothing for $name', async ({ text }) => {
    const db = testDb(`import-${Math.random()}`);
    const prepared = prepareImport(text, []);
    expect(prepared.ok).toBe(false);
    expect(await db.grids.count()).toBe(0);
  });

  it('adds a library as practice grids and summarises it', async () => {
    const db = testDb(`import-${Math.random()}`);
    const prepared = prepareImport(library(validGrid({ id: 'a' }), validGrid({ id: 'b' })), []);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    const summary = await applyImport(db, prepared.plan, new Set(), NOW);
    expect(describeImport(summary)).toBe('2 grids new');
    expect((await db.grids.toArray()).map((row) => [row.id, row.source])).toEqual([
      ['a', 'practice'],
      ['b', 'practice'],
    ]);
  });

  it('updates newer versions, adds new ones and asks about the same version', async () => {
    const db = testDb(`import-${Math.random()}`);
    await db.grids.bulkPut([
      toStoredGrid(validGrid({ id: 'a', version: '1.0' }), 'practice', NOW),
      toStoredGrid(validGrid({ id: 'b', version: '1.2' }), 'practice', NOW),
      toStoredGrid(validGrid({ id: 'c', version: '1.9' }), 'practice', NOW),
      toStoredGrid(validGrid({ id: 'd', version: '1.0' }), 'practice', NOW),
    ]);
    const catalogue = mergeCatalogue([], await db.grids.toArray());
    const incoming = library(
      validGrid({ id: 'a', version: '1.1' }),
      validGrid({ id: 'b', version: '2.0' }),
      validGrid({ id: 'c', version: '1.10' }),
      validGrid({ id: 'd', version: '1.0', title: 'Same version, new words' }),
      validGrid({ id: 'e' }),
    );
    const prepared = prepareImport(incoming, catalogue);
    if (!prepared.ok) throw new Error(prepared.errors.join());
    expect(prepared.plan.duplicates.map((d) => d.incoming.id)).toEqual(['d']);

    const summary = await applyImport(db, prepared.plan, new Set(), NOW);
    expect(describeImport(summary)).toBe('3 grids updated, 1 new, 1 kept as they were');
    expect(((await db.grids.get('d'))?.grid as { title: string }).title).toBe(validGrid().title);
  });

  it('replaces a duplicate only when asked', async () => {
    const db = testDb(`import-${Math.random()}`);
    await db.grids.put(toStoredGrid(validGrid({ id: 'd', version: '2.0' }), 'practice', NOW));
    const prepared = prepareImport(
      library(validGrid({ id: 'd', version: '1.0', title: 'Older' })),
      mergeCatalogue([], await db.grids.toArray()),
    );
    if (!prepared.ok) throw new Error(prepared.errors.join());
    const summary = await applyImport(db, prepared.plan, new Set(['d']), NOW);
    expect(describeImport(summary)).toBe('1 grid updated');
    expect(((await db.grids.get('d'))?.grid as { title: string }).title).toBe('Older');
  });

  it('never lets a practice library silently replace a grid I wrote', async () => {
    const db = testDb(`import-${Math.random()}`);
    await saveLocalGrid(db, validGrid({ id: 'mine', version: '1.0' }), NOW);
    const prepared = prepareImport(
      library(validGrid({ id: 'mine', version: '5.0' })),
      mergeCatalogue([], await db.grids.toArray()),
    );
    if (!prepared.ok) throw new Error(prepared.errors.join());
    expect(prepared.plan.duplicates).toHaveLength(1);
    expect(prepared.plan.updated).toHaveLength(0);
  });

  it('imports a single grid file as one of my grids', () => {
    const prepared = prepareImport(JSON.stringify(validGrid()), []);
    expect(prepared.ok && prepared.plan.source).toBe('local');
  });
});

describe('the catalogue', () => {
  it('lets a newer practice grid replace the bundled one, but not an older one', () => {
    const bundled = [validGrid({ id: 'x', version: '2.0' }), validGrid({ id: 'y', version: '2.0' })];
    const stored = [
      toStoredGrid(validGrid({ id: 'x', version: '2.1', title: 'Practice x' }), 'practice', NOW),
      toStoredGrid(validGrid({ id: 'y', version: '1.0', title: 'Old y' }), 'practice', NOW),
    ];
    const entries = mergeCatalogue(bundled, stored);
    expect(entries.map((e) => [e.grid.id, e.source, e.grid.version])).toEqual([
      ['y', 'bundled', '2.0'],
      ['x', 'practice', '2.1'],
    ]);
  });

  it('leaves out a damaged stored row', () => {
    const damaged = { id: 'bad', source: 'local' as const, updatedAt: '', keywords: [], grid: { title: 1 } };
    expect(mergeCatalogue([validGrid()], [damaged]).map((e) => e.grid.id)).toEqual(['knee-pain-test']);
  });
});
