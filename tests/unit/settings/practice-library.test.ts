import { describe, expect, it } from 'vitest';
import { mergeCatalogue } from '../../../lib/option-grids/catalogue';
import { toLibraryDocument } from '../../../lib/option-grids/parse-grid';
import type { StoredGrid } from '../../../lib/option-grids/stored-grid';
import {
  offerPracticeLibrary,
  readManagedGridLibrary,
  PRACTICE_LIBRARY_KEY,
} from '../../../lib/settings/practice-library';
import { validGrid } from '../../fixtures/grids/valid-grid';

const library = (grids = [validGrid(), validGrid({ id: 'hip-pain-test', title: 'Hip pain' })]) =>
  JSON.stringify(
    toLibraryDocument(grids, {
      name: 'Riverside grids',
      publisher: 'Riverside Surgery',
      publishedAt: '2026-11-01',
    }),
  );

const stored = (source: StoredGrid['source'], version: string): StoredGrid => {
  const grid = validGrid({ version });
  return { id: grid.id, source, updatedAt: '2026-10-01T00:00:00Z', keywords: grid.keywords, grid };
};

describe('the practice grid library set by policy', () => {
  it.each<[string, () => Promise<Record<string, unknown>>, string]>([
    ['no policy', () => Promise.resolve({}), ''],
    [
      'a browser that rejects, as Firefox does with no policy',
      () => Promise.reject(new Error('no manifest')),
      '',
    ],
    ['a value that is not text', () => Promise.resolve({ [PRACTICE_LIBRARY_KEY]: { grids: [] } }), ''],
    [
      'the bundle as text',
      () => Promise.resolve({ [PRACTICE_LIBRARY_KEY]: ' {"format":1} ' }),
      '{"format":1}',
    ],
  ])('reads %s', async (_name, get, expected) => {
    expect(await readManagedGridLibrary({ get })).toBe(expected);
  });

  it('offers nothing when no library is set', () => {
    expect(offerPracticeLibrary('', [])).toEqual({ kind: 'none' });
  });

  it('says what a new library would add, with its name, publisher and date', () => {
    const offer = offerPracticeLibrary(library(), mergeCatalogue([], []));
    expect(offer).toMatchObject({
      kind: 'ready',
      name: 'Riverside grids',
      publisher: 'Riverside Surgery',
      publishedAt: '2026-11-01',
      total: 2,
    });
    if (offer.kind === 'ready')
      expect(offer.plan.added.map((g) => g.id)).toEqual(['knee-pain-test', 'hip-pain-test']);
  });

  it('updates an older practice grid and never replaces a grid the clinician edited', () => {
    const practice = offerPracticeLibrary(
      library([validGrid({ version: '2.0' })]),
      mergeCatalogue([], [stored('practice', '1.0')]),
    );
    if (practice.kind !== 'ready') throw new Error(practice.kind);
    expect(practice.plan.updated).toHaveLength(1);

    const mine = offerPracticeLibrary(
      library([validGrid({ version: '2.0' })]),
      mergeCatalogue([], [stored('local', '1.0')]),
    );
    if (mine.kind !== 'ready') throw new Error(mine.kind);
    expect(mine.plan.updated).toHaveLength(0);
    expect(mine.plan.duplicates.map((d) => d.existing.source)).toEqual(['local']);
  });

  it.each([
    ['text that is not JSON', '{"format":'],
    ['a library with a broken grid', library([validGrid({ options: [] })])],
    ['a single grid rather than a library', JSON.stringify(validGrid())],
  ])('refuses %s with plain-words reasons', (_name, text) => {
    const offer = offerPracticeLibrary(text, []);
    expect(offer.kind).toBe('invalid');
    if (offer.kind === 'invalid') expect(offer.errors.length).toBeGreaterThan(0);
  });
});
