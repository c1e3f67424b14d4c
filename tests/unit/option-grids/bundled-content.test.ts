import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';
import { measureReadability } from '../../../lib/readability/reading-ease';

/**
 * The content promises of the bundled library (issue 4): every file passes the
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
 * Grids whose decision is "which of these" rather than "whether": for knee
 * osteoarthritis exercise is advised for everyone (NICE NG226), and the
 * smoking grid is for someone who has already decided to stop.
 */
const NO_DO_NOTHING = new Set(['knee-osteoarthritis', 'stop-smoking-aids']);

/**
 * Mean Flesch reading ease per English grid. 75 is "fairly easy" (about age
 * 10-11); every shipped grid measured between 82 and 87 when this was set.
 * Single answers may dip lower when a drug name is unavoidable, so the floor
 * per answer is 50 ("fairly difficult" starts below it).
 */
const MEAN_READING_EASE_FLOOR = 75;
const ANSWER_READING_EASE_FLOOR = 50;

const DIGIT = /\d/;
const figuresIn = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort();

describe('bundled option grids', () => {
  it('ship at least 8 English grids and at least 2 Welsh ones', () => {
    expect(english.length).toBeGreaterThanOrEqual(8);
    expect(welsh.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s passes the real grid parser', (name) => {
    const parsed = parseGridFile(readFileSync(join(DIR, name), 'utf8'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it.each(grids)('$name is named after its id', ({ name, grid }) => {
    expect(name).toBe(`${grid.id}.json`);
  });

  it.each(grids)('$name carries the sample-content metadata and review dates', ({ grid }) => {
    expect(grid).toMatchObject({
      author: 'Cocreate sample content',
      organisation: 'Cocreate (sample — check before clinical use)',
      version: '1.0',
      lastReviewed: '2026-11-23',
      reviewDue: '2027-11-23',
    });
    expect(grid.keywords.length).toBeGreaterThanOrEqual(3);
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

  it.each(grids)('$name has 2 to 5 options and a do-nothing option unless exempt', ({ grid }) => {
    expect(grid.options.length).toBeGreaterThanOrEqual(2);
    expect(grid.options.length).toBeLessThanOrEqual(5);
    const doNothing = grid.options.filter((option) => option.isDoNothing).length;
    const original = grid.translationOf ?? grid.id;
    expect(doNothing).toBe(NO_DO_NOTHING.has(original) ? 0 : 1);
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
    expect(grid.questions.map((q) => [q.id, q.sourceIds])).toEqual(
      original.questions.map((q) => [q.id, q.sourceIds]),
    );
    expect(grid.sources.map((s) => s.url)).toEqual(original.sources.map((s) => s.url));
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

describe('readability of English answers', () => {
  it.each(english)('$name reads easily on average and no answer is hard', ({ grid }) => {
    const answers = grid.questions.flatMap((q) => Object.values(q.answers));
    const scores = answers.map((answer) => measureReadability(answer).readingEase);
    const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(MEAN_READING_EASE_FLOOR);
    const hard = answers.filter((_, i) => (scores[i] ?? 0) < ANSWER_READING_EASE_FLOOR);
    expect(hard).toEqual([]);
  });
});
