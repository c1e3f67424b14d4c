import { describe, expect, it } from 'vitest';
import {
  addOption,
  addQuestion,
  addSource,
  citeSource,
  keywordsFromText,
  removeOption,
  removeQuestion,
  removeSource,
  setAnswer,
  setFigure,
  setNationAnswer,
  setOptionalText,
  setSourceChecked,
} from '../../../lib/option-grids/grid-edit';
import { blankGrid } from '../../../lib/option-grids/grid-draft';
import { parseGrid } from '../../../lib/option-grids/parse-grid';
import { validGrid } from '../../fixtures/grids/valid-grid';

const answerKeys = (grid: ReturnType<typeof validGrid>) =>
  grid.questions.map((q) => Object.keys(q.answers).sort());

describe('editing a grid draft', () => {
  it('gives every row a blank answer for a new option, and refuses a sixth option', () => {
    let grid = addOption(validGrid());
    const added = grid.options[3]!.id;
    expect(answerKeys(grid)).toEqual(grid.questions.map(() => ['exercise', added, 'tablets', 'wait'].sort()));
    grid = addOption(addOption(grid));
    expect(grid.options).toHaveLength(5);
    expect(addOption(grid)).toBe(grid);
  });

  it('takes a removed option out of every row, and keeps at least two options', () => {
    const grid = removeOption(validGrid(), 'tablets');
    expect(answerKeys(grid)).toEqual([
      ['exercise', 'wait'],
      ['exercise', 'wait'],
    ]);
    expect(parseGrid(grid).ok).toBe(true);
    expect(removeOption(grid, 'wait')).toBe(grid);
  });

  it('adds a row with an empty answer per option and keeps at least one row', () => {
    const grid = addQuestion(validGrid());
    expect(grid.questions[2]?.answers).toEqual({ exercise: '', tablets: '', wait: '' });
    const single = removeQuestion(removeQuestion(grid, grid.questions[2]!.id), 'what-is-it');
    expect(single.questions.map((q) => q.id)).toEqual(['does-it-help']);
    expect(removeQuestion(single, 'does-it-help')).toBe(single);
  });

  it('uncites a removed source from every row', () => {
    let grid = addSource(validGrid());
    const second = grid.sources[1]!.id;
    grid = citeSource(grid, 'what-is-it', second, true);
    expect(grid.questions[0]?.sourceIds).toEqual(['nice-ng226', second]);
    grid = removeSource(grid, second);
    expect(grid.questions[0]?.sourceIds).toEqual(['nice-ng226']);
  });

  it('changes one answer only', () => {
    const grid = setAnswer(validGrid(), 'does-it-help', 'wait', 'Maybe.');
    expect(grid.questions[1]?.answers).toEqual({ ...validGrid().questions[1]!.answers, wait: 'Maybe.' });
    expect(grid.questions[0]).toEqual(validGrid().questions[0]);
  });

  it.each([
    ['knee, joint pain ,, arthritis', ['knee', 'joint pain', 'arthritis']],
    ['', []],
    [' , ', []],
  ])('reads keywords from %j', (text, keywords) => {
    expect(keywordsFromText(text)).toEqual(keywords);
  });

  it('turns a blank grid into a valid one once its fields are filled', () => {
    const blank = blankGrid('2026-11-23', new Set());
    expect(parseGrid(blank).ok).toBe(false);
    let grid = {
      ...blank,
      title: 'Hip pain',
      decision: 'What could help my hip?',
      author: 'Dr Test',
      organisation: 'Riverside Surgery',
      sources: [{ id: 'source-1', citation: 'NICE NG226', url: 'https://www.nice.org.uk/guidance/ng226' }],
      options: blank.options.map((o) => ({
        ...o,
        label: o.label || 'Exercise',
        mainBenefit: 'Helps.',
        mainDownside: 'Effort.',
      })),
    };
    grid = setAnswer(setAnswer(grid, 'question-1', 'option-1', 'Yes.'), 'question-1', 'wait', 'No.');
    grid = { ...grid, questions: grid.questions.map((q) => ({ ...q, question: 'Does it help?' })) };
    expect(parseGrid(grid)).toMatchObject({ ok: true });
  });

  it('sets and removes one answer’s figure, leaving no empty "figures" behind', () => {
    const figure = { inHundred: 7, outcome: 'have a flare', over: 'over a year' };
    const grid = setFigure(validGrid(), 'does-it-help', 'tablets', figure);
    expect(grid.questions[1]?.figures).toEqual({ tablets: figure });
    expect(parseGrid(grid)).toMatchObject({ ok: true });
    const back = setFigure(grid, 'does-it-help', 'tablets', undefined);
    expect(back).toEqual(validGrid());
    expect('figures' in back.questions[1]!).toBe(false);
  });

  it('sets a nation’s own answer, and an emptied one falls back to the general answer', () => {
    let grid = setNationAnswer(validGrid(), 'what-is-it', 'wales', 'exercise', 'Ask about NERS.');
    grid = setNationAnswer(grid, 'what-is-it', 'england', 'exercise', 'Ask about exercise on referral.');
    expect(grid.questions[0]?.byNation).toEqual({
      england: { exercise: 'Ask about exercise on referral.' },
      wales: { exercise: 'Ask about NERS.' },
    });
    grid = setNationAnswer(grid, 'what-is-it', 'england', 'exercise', '  ');
    expect(grid.questions[0]?.byNation).toEqual({ wales: { exercise: 'Ask about NERS.' } });
    grid = setNationAnswer(grid, 'what-is-it', 'wales', 'exercise', '');
    expect(grid).toEqual(validGrid());
  });

  it('takes a removed option’s figures and nation answers out too, so the grid stays valid', () => {
    let grid = setFigure(validGrid(), 'what-is-it', 'tablets', { inHundred: 5, outcome: 'x', over: 'y' });
    grid = setNationAnswer(grid, 'what-is-it', 'wales', 'tablets', 'Ask your pharmacist.');
    grid = setNationAnswer(grid, 'what-is-it', 'wales', 'wait', 'Nothing new in Wales.');
    grid = removeOption(grid, 'tablets');
    expect(grid.questions[0]?.figures).toBeUndefined();
    expect(grid.questions[0]?.byNation).toEqual({ wales: { wait: 'Nothing new in Wales.' } });
    expect(parseGrid(grid)).toMatchObject({ ok: true });
  });

  it('sets and clears a source’s checked date and the optional text fields', () => {
    const checked = setSourceChecked(validGrid(), 'nice-ng226', '2026-11-29');
    expect(checked.sources[0]?.checked).toBe('2026-11-29');
    expect(setSourceChecked(checked, 'nice-ng226', '')).toEqual(validGrid());
    const welsh = setOptionalText(validGrid(), 'translationOf', 'knee-osteoarthritis');
    expect(welsh.translationOf).toBe('knee-osteoarthritis');
    expect(setOptionalText(welsh, 'translationOf', '')).toEqual(validGrid());
  });
});
