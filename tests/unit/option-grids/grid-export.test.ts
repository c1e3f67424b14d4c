import { describe, expect, it } from 'vitest';
import { exportGrid, exportLibrary } from '../../../lib/option-grids/grid-export';
import { catalogueOf } from '../../../lib/option-grids/load-catalogue';
import { parseAnyGridFile } from '../../../lib/option-grids/parse-grid';
import { validGrid } from '../../fixtures/grids/valid-grid';

describe('exporting grids', () => {
  it('writes one grid as a file that imports back unchanged', () => {
    const file = exportGrid(validGrid());
    expect(file.fileName).toBe('knee-pain-test-v1.0.json');
    expect(parseAnyGridFile(file.text)).toEqual({
      ok: true,
      kind: 'grid',
      grids: [validGrid()],
      library: null,
    });
  });

  it('writes the whole library as one bundle that imports back', () => {
    const file = exportLibrary([validGrid(), validGrid({ id: 'second' })], '2026-11-23', 'Our grids');
    expect(file.fileName).toBe('cocreate-grids-2026-11-23.json');
    expect(parseAnyGridFile(file.text)).toMatchObject({
      ok: true,
      kind: 'library',
      library: { name: 'Our grids', publishedAt: '2026-11-23' },
      grids: [validGrid(), validGrid({ id: 'second' })],
    });
  });
});

describe('the loaded catalogue', () => {
  const entries = [
    { grid: validGrid(), source: 'bundled' as const, updatedAt: '2026-01-15' },
    {
      grid: validGrid({ id: 'hip', title: 'Hip pain', keywords: ['hip'] }),
      source: 'local' as const,
      updatedAt: '',
    },
  ];

  it('finds grids by keyword prefix and by id', () => {
    const catalogue = catalogueOf(entries);
    expect(catalogue.search('hi').map((e) => e.grid.id)).toEqual(['hip']);
    expect(catalogue.search('').map((e) => e.grid.id)).toEqual([]);
    expect(catalogue.byId('knee-pain-test')?.source).toBe('bundled');
    expect(catalogue.byId('nothing')).toBeUndefined();
  });
});
