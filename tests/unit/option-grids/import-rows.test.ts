import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../lib/option-grids/catalogue';
import { importRows, importSummary, type ImportPlan } from '../../../lib/option-grids/import-rows';
import { validGrid } from '../../fixtures/grids/valid-grid';

const NOW = new Date('2026-11-23T10:00:00Z');
const existing = (id: string): CatalogueEntry => ({
  grid: validGrid({ id }),
  source: 'practice',
  updatedAt: '',
});
const PLAN: ImportPlan = {
  added: [validGrid({ id: 'new' })],
  updated: [validGrid({ id: 'newer', version: '2.0' })],
  duplicates: ['same-1', 'same-2'].map((id) => ({ incoming: validGrid({ id }), existing: existing(id) })),
  source: 'practice',
};

describe('what an import will do, before anything is written', () => {
  it.each([
    [[], { added: 1, updated: 1, kept: 2 }],
    [['same-1'], { added: 1, updated: 2, kept: 1 }],
    [['same-1', 'same-2'], { added: 1, updated: 3, kept: 0 }],
    [['not-in-the-file'], { added: 1, updated: 1, kept: 2 }],
  ])('with %j replaced: %j', (replace, summary) => {
    expect(importSummary(PLAN, new Set(replace))).toEqual(summary);
  });

  it('is what the import then reports having done', () => {
    const replace = new Set(['same-2']);
    const { rows, summary } = importRows(PLAN, replace, NOW);
    expect(summary).toEqual(importSummary(PLAN, replace));
    expect(rows.map((row) => row.id)).toEqual(['new', 'newer', 'same-2']);
  });
});
