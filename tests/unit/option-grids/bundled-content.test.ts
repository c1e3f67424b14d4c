import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { figureSentences } from '../../../lib/option-grids/grid-figures';
import { GRID_NATIONS, gridForNation } from '../../../lib/option-grids/grid-nation';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';
import { measureReadability } from '../../../lib/readability/reading-ease';

/**
 * The content promises of the bundled library (docs/option-grids.md): every file passes the
 * real parser, every figure cites a source, answers stay plain, and each Welsh
 * grid lines up cell for cell with its English original.
 */

const DIR = join(import.meta.dirname, '../../../lib/option-grids/bundled');
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function load(name: string): OptionGrid {
  const parsed = parseGridFile(readFileSync(join(DIR, name), 'utf8'));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.errors.join('; ')}`);
  return parsed.grid;
}

const grids = files.map((name) => ({ name, grid: load(name) }));
const english = grids.filter(({ grid }) => grid.language === 'en');
const welsh = grids.filter(({ grid }) => grid.language === 'cy');
const byId = new Map(grids.map(({ grid }) => [grid.id, grid]));

/**
 * Flesch reading ease: every English answer, in every nation's variant, and every
 * figure sentence reads at 60 or more ("plain English"); the mean per grid at 70 or more.
 */
const MEAN_READING_EASE_FLOOR = 70;
const ANSWER_READING_EASE_FLOOR = 60;

/** Grids whose answers about benefit must carry an icon array (statins and blood pressure at least). */
const ICON_ARRAY_GRIDS = ['statins-heart-stroke-risk', 'raised-blood-pressure'];

const DIGIT = /\d/;
const figuresIn = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort();

describe('bundled option grids', () => {
  it('ship at least 8 English grids and at least 2 Welsh ones', () => {
    expect(english.length).toBeGreaterThanOrEqual(8);
    expect(welsh.length).toBeGreaterThanOrEqual(2);
  });

  it.each(ICON_ARRAY_GRIDS)('%s shows its benefit as an icon array', (id) => {
    const figures = byId.get(id)?.questions.flatMap((q) => Object.values(q.figures ?? {})) ?? [];
    expect(figures.filter((figure) => figure.iconArray).length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s passes the real grid parser', (name) => {
    const parsed = parseGridFile(readFileSync(join(DIR, name), 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it.each(grids)('$name is named after its id', ({ name, grid }) => {
    expect(name).toBe(`${grid.id}.json`);
  });

  it.each(grids)('$name is a sample nobody has signed off, with a review date', ({ grid }) => {
    expect(grid).toMatchObject({
      author: 'Cocreate sample content',
      organisation: 'Cocreate (sample — check before clinical use)',
      version: '2.0',
      reviewDue: '2027-11-29',
    });
    // Only a sign-off sets lastReviewed; a shipped grid is never stamped as checked.
    expect(grid.lastReviewed).toBeUndefined();
    expect(grid.signOff).toBeUndefined();
    expect(grid.keywords.length).toBeGreaterThanOrEqual(3);
  });

  it.each(grids)('$name says who it is not for and when to get help', ({ grid }) => {
    expect(grid.scope?.notForYouIf.length).toBeGreaterThanOrEqual(2);
    expect(grid.scope?.doNotUseIf.length).toBeGreaterThanOrEqual(2);
    expect(grid.safetyNet?.length).toBeGreaterThanOrEqual(3);
  });

  it.each(grids)('$name records the date each source was checked', ({ grid }) => {
    expect(grid.sources.filter((source) => !source.checked).map((s) => s.id)).toEqual([]);
  });

  it.each(grids)('$name cites a listed source in every row that holds a figure', ({ grid }) => {
    const sourceIds = new Set(grid.sources.map((source) => source.id));
    const uncited = grid.questions
      .filter((q) => Object.values(q.answers).some((answer) => DIGIT.test(answer)))
      .filter((q) => !q.sourceIds.some((id) => sourceIds.has(id)))
      .map((q) => q.id);
    expect(uncited).toEqual([]);
  });

  it.each(grids)('$name keeps figures out of option summaries, which have no sources', ({ grid }) => {
    const withFigures = grid.options.filter(
      (option) => DIGIT.test(option.mainBenefit) || DIGIT.test(option.mainDownside),
    );
    expect(withFigures.map((option) => option.id)).toEqual([]);
  });

  it.each(grids)('$name links only to https sources, and uses each one', ({ grid }) => {
    for (const source of grid.sources) expect(new URL(source.url).protocol).toBe('https:');
    const cited = new Set(grid.questions.flatMap((q) => q.sourceIds));
    expect(grid.sources.filter((source) => !cited.has(source.id))).toEqual([]);
  });

  it.each(grids)('$name has 2 to 5 options and one do-nothing option unless it says why not', ({ grid }) => {
    expect(grid.options.length).toBeGreaterThanOrEqual(2);
    expect(grid.options.length).toBeLessThanOrEqual(5);
    const doNothing = grid.options.filter((option) => option.isDoNothing).length;
    expect(doNothing).toBe(grid.noDoNothingReason ? 0 : 1);
  });

  it.each(grids)('$name asks 5 to 7 questions', ({ grid }) => {
    expect(grid.questions.length).toBeGreaterThanOrEqual(5);
    expect(grid.questions.length).toBeLessThanOrEqual(7);
  });
});

describe('Welsh bundled grids', () => {
  it.each(welsh)('$name translates an English grid with the same options and questions', ({ grid }) => {
    const original = byId.get(grid.translationOf ?? '');
    expect(original?.language).toBe('en');
    if (!original) return;
    expect(grid.id).toBe(`${original.id}-cy`);
    expect(grid.options.map((o) => [o.id, o.isDoNothing])).toEqual(
      original.options.map((o) => [o.id, o.isDoNothing]),
    );
    // Every English source stays (figures keep their source); Welsh readers may get more,
    // such as GIG 111 Cymru pages in Welsh.
    expect(grid.sources.map((s) => s.url)).toEqual(
      expect.arrayContaining(original.sources.map((s) => s.url)),
    );
    grid.questions.forEach((q, i) => {
      expect(q.sourceIds).toEqual(expect.arrayContaining(original.questions[i]?.sourceIds ?? ['missing']));
    });
    const shape = (g: OptionGrid) =>
      g.questions.map((q) => [q.id, Object.keys(q.byNation ?? {}), Object.keys(q.figures ?? {})]);
    expect(shape(grid)).toEqual(shape(original));
    expect(Boolean(grid.noDoNothingReason)).toBe(Boolean(original.noDoNothingReason));
  });

  it.each(welsh)('$name keeps every figure of the English original', ({ grid }) => {
    const original = byId.get(grid.translationOf ?? '');
    const numbers = (g: OptionGrid | undefined) =>
      g?.questions.map((q) =>
        Object.entries(q.figures ?? {}).map(([id, f]) => [id, f.inHundred, Boolean(f.iconArray)]),
      );
    expect(numbers(grid)).toEqual(numbers(original));
  });

  it.each(welsh)('$name says a first-language clinical Welsh speaker must sign it off', ({ grid }) => {
    expect(grid.translationSignOffNeeded).toMatch(/Cymraeg|Welsh/);
  });

  it.each(welsh)('$name uses the words the clinical review asked for', ({ grid }) => {
    const text = JSON.stringify(grid);
    // "amwysedd" is ambiguity, not ambivalence; "smygu" → "ysmygu"; "teimlo'n sâl" is not nausea.
    expect(text).not.toMatch(/amwysedd|(^|[^yY])smygu|teimlo[’']n sâl/);
  });

  it('every English grid has a Welsh version', () => {
    const translated = new Set(welsh.map(({ grid }) => grid.translationOf));
    expect(english.map(({ grid }) => grid.id).filter((id) => !translated.has(id))).toEqual([]);
  });

  it.each(welsh)('$name keeps every figure of the English answers', ({ grid }) => {
    const original = byId.get(grid.translationOf ?? '');
    if (!original) throw new Error(`${grid.id} has no English original`);
    for (const question of grid.questions) {
      const english = original.questions.find((q) => q.id === question.id);
      for (const [optionId, answer] of Object.entries(question.answers)) {
        expect([question.id, optionId, figuresIn(answer)]).toEqual([
          question.id,
          optionId,
          figuresIn(english?.answers[optionId] ?? ''),
        ]);
      }
    }
  });
});

/** Flesch reading ease of every English answer (each nation's variant) and figure sentence. */
function answerScores(grid: OptionGrid): { text: string; score: number }[] {
  const answers = GRID_NATIONS.flatMap((nation) =>
    gridForNation(grid, nation).questions.flatMap((q) => Object.values(q.answers)),
  );
  const figures = grid.questions.flatMap((q) =>
    Object.values(q.figures ?? {}).map((f) => figureSentences(f, 'en').join(' ')),
  );
  return [...new Set([...answers, ...figures])].map((text) => ({
    text,
    score: measureReadability(text).readingEase,
  }));
}

describe('readability of English answers', () => {
  it.each(english)('$name reads easily on average and no answer is hard', ({ grid }) => {
    const scores = answerScores(grid);
    const mean = scores.reduce((sum, { score }) => sum + score, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(MEAN_READING_EASE_FLOOR);
    const hard = scores.filter(({ score }) => score < ANSWER_READING_EASE_FLOOR).map(({ text }) => text);
    expect(hard).toEqual([]);
  });

  it('docs/option-grids.md reports each English grid’s lowest and mean reading ease as measured', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../../docs/option-grids.md'), 'utf8');
    const table: Record<string, number[]> = Object.fromEntries(
      [...docs.matchAll(/^\| ([a-z0-9-]+) +\| +([\d.]+) \| +([\d.]+) \|/gm)].map((m): [string, number[]] => [
        m[1] ?? '',
        [Number(m[2]), Number(m[3])],
      ]),
    );
    const measured = Object.fromEntries(
      english.map(({ grid }) => {
        const scores = answerScores(grid).map(({ score }) => score);
        const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
        return [grid.id, [Math.min(...scores), Math.round(mean * 10) / 10]];
      }),
    );
    expect(table).toEqual(measured);
  });
});
