import { describe, expect, it } from 'vitest';
import { loadBundledGrids } from '../../../lib/option-grids/bundled';
import {
  parseAnyGridFile,
  parseGrid,
  parseGridFile,
  toLibraryDocument,
} from '../../../lib/option-grids/parse-grid';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings';
import { MALFORMED_FILES } from '../../fixtures/grids/malformed';
import { validGrid } from '../../fixtures/grids/valid-grid';

describe('parseGrid', () => {
  it('accepts a well-formed grid and returns it unchanged', () => {
    expect(parseGrid(validGrid())).toEqual({ ok: true, grid: validGrid() });
  });

  it('accepts every bundled grid', async () => {
    const { grids, errors } = await loadBundledGrids();
    expect(errors).toEqual([]);
    expect(grids.length).toBeGreaterThan(0);
    for (const grid of grids) expect(parseGrid(grid).ok).toBe(true);
  });

  it('has a malformed corpus of at least 30 files', () => {
    expect(MALFORMED_FILES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MALFORMED_FILES)('rejects $name with a clear error', ({ text, error }) => {
    const result = parseAnyGridFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toContain(error);
    for (const line of result.errors) expect(line.length).toBeLessThan(300);
  });

  it('never pollutes Object.prototype while reading a hostile file', () => {
    parseAnyGridFile('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports many problems at once, but a bounded number', () => {
    const text = JSON.stringify({
      ...validGrid(),
      keywords: Array.from({ length: 40 }, () => '<b>'),
      title: '',
      decision: '',
    });
    const result = parseAnyGridFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeLessThanOrEqual(26);
  });

  it.each(HOSTILE_STRINGS)(
    'either refuses or keeps intact the hostile string $id in a title',
    ({ value }) => {
      const result = parseGrid({ ...validGrid(), title: value });
      if (result.ok) expect(result.grid.title).toBe(value);
      else expect(result.errors.some((e) => e.startsWith('"title"'))).toBe(true);
    },
  );

  it.each(HOSTILE_STRINGS.filter(({ value }) => /<\s*[a-z]/i.test(value)))(
    'refuses markup such as $id in an answer',
    ({ value }) => {
      const grid = validGrid();
      grid.questions[0]!.answers.wait = value;
      expect(parseGrid(grid).ok).toBe(false);
    },
  );
});

describe('grid files', () => {
  it('reads a single grid file', () => {
    expect(parseGridFile(JSON.stringify(validGrid()))).toEqual({ ok: true, grid: validGrid() });
  });

  it('reads a library bundle with its name', () => {
    const text = JSON.stringify(
      toLibraryDocument([validGrid(), validGrid({ id: 'second' })], { name: 'Riverside Surgery grids' }),
    );
    const result = parseAnyGridFile(text);
    expect(result).toMatchObject({ ok: true, kind: 'library', library: { name: 'Riverside Surgery grids' } });
    if (result.ok) expect(result.grids.map((g) => g.id)).toEqual(['knee-pain-test', 'second']);
  });

  it('says a library is not a single grid', () => {
    const result = parseGridFile(JSON.stringify(toLibraryDocument([validGrid()])));
    expect(result).toEqual({
      ok: false,
      errors: ['This is a library file with many grids; import it as a library'],
    });
  });

  it('accepts ordinary text that only looks risky', () => {
    const grid = validGrid();
    grid.questions[0]!.answers.wait = 'If your blood pressure is < 140 and you are on a diet, keep going.';
    expect(parseGrid(grid).ok).toBe(true);
  });
});
