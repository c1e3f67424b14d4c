// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GridEditor } from '../../../components/option-grid/GridEditor';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { loadBundledGrids } from '../../../lib/option-grids/bundled';
import { copyAsLocal } from '../../../lib/option-grids/grid-draft';
import { exportGrid } from '../../../lib/option-grids/grid-export';
import { withoutSignOff } from '../../../lib/option-grids/grid-sign-off';
import {
  FigureSchema,
  GridSchema,
  OptionSchema,
  QuestionSchema,
  SafetyNetLineSchema,
  ScopeSchema,
  SignOffSchema,
  SourceSchema,
} from '../../../lib/option-grids/grid-schema';
import { parseGridFile } from '../../../lib/option-grids/parse-grid';
import { validGrid } from '../../fixtures/grids/valid-grid';

/**
 * The grid editor shows and changes every field the parser reads and export writes
 * (docs/option-grids.md "Editing a grid"), says what is wrong in plain words, and what
 * it saves comes back unchanged through export and import.
 */

function renderEditor(initial: OptionGrid, others: Pick<OptionGrid, 'id' | 'title'>[] = []) {
  const onSave = vi.fn((_grid: OptionGrid) => Promise.resolve());
  render(
    <GridEditor
      initial={initial}
      isNew={false}
      takenIds={new Set([initial.id])}
      others={others}
      signOffPolicy={{ roles: ['GP partner'], people: [] }}
      onSave={onSave}
      onCancel={vi.fn()}
    />,
  );
  return onSave;
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
const tick = (label: string) => fireEvent.click(screen.getByLabelText(label));
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save grid' }));
const problems = () =>
  screen.getByRole('region', { name: /problems? to fix|Ready to save/ }).textContent ?? '';

async function saved(onSave: ReturnType<typeof renderEditor>): Promise<OptionGrid> {
  save();
  await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
  return onSave.mock.calls[0]![0];
}

/** Export writes it, import reads it back: nothing may change on the way. */
function roundTrip(grid: OptionGrid) {
  return parseGridFile(exportGrid(grid).text);
}

/**
 * An unsigned grid (so "Review due" shows), its first option answered by nation, one figure,
 * a plain help line and one worded for Northern Ireland that belongs to the tablets only.
 */
function fullGrid(): OptionGrid {
  const grid = withoutSignOff(validGrid());
  grid.safetyNet = [
    'Contact us if the pain gets much worse.',
    {
      text: 'Stop the tablets and get help the same day if you have black poo.',
      byNation: { 'northern-ireland': 'Stop the tablets and call GP Out of Hours if you have black poo.' },
      forOptions: ['tablets'],
    },
  ];
  grid.questions[0]!.byNation = { wales: { exercise: 'Ask about the National Exercise Referral Scheme.' } };
  grid.questions[0]!.figures = {
    exercise: { inHundred: 40, outcome: 'have less pain', otherOutcome: 'do not', over: 'after 3 months' },
  };
  return grid;
}

/**
 * Where each field of the format is edited, by the label of its box. A field the parser
 * accepts with no row here fails the test below: the editor must show it.
 */
const FIELD_LABELS: Record<string, Record<string, string>> = {
  grid: {
    id: '(made from the title for a new grid; kept when editing)',
    version: 'Version',
    language: 'Language',
    translationOf: 'This grid translates',
    title: 'Title',
    decision: 'The decision in one question',
    keywords: 'Keywords',
    options: 'Option 1 name',
    questions: 'Question 1',
    sources: 'Source 1 citation',
    author: 'Author',
    organisation: 'Organisation',
    lastReviewed: 'Signed off on',
    reviewDue: 'Review due',
    scope: 'This is not for you if… (read with the patient)',
    safetyNet: "When to get help (goes into the patient's plan)",
    signOff: 'Reviewer name',
    noDoNothingReason: 'Why there is no do-nothing option',
    figuresNote: 'Choices with no good figures in numbers',
    translationSignOffNeeded: 'Who must sign off this translation',
  },
  option: {
    id: '(made by the editor)',
    label: 'Option 1 name',
    isDoNothing: 'Option 1 is waiting / doing nothing',
    mainBenefit: 'Option 1 main benefit',
    mainDownside: 'Option 1 main downside',
  },
  question: {
    id: '(made by the editor)',
    question: 'Question 1',
    answers: 'Question 1 answer for option 1 (Exercise and weight loss)',
    sourceIds: 'Source 1: NICE NG226: Osteoarthritis in over 16s (2022)',
    figures: 'Question 1, option 1: give a figure in numbers (N in 100 people)',
    byNation: 'Question 1, option 1 answer in Wales',
  },
  figure: {
    inHundred: 'Question 1, option 1 figure: people in 100',
    outcome: 'Question 1, option 1 figure: what happens to them',
    otherOutcome: 'Question 1, option 1 figure: what happens to the rest',
    over: 'Question 1, option 1 figure: over what time',
    iconArray: 'Question 1, option 1 figure: show as an icon array',
  },
  source: {
    id: '(made by the editor)',
    citation: 'Source 1 citation',
    url: 'Source 1 link',
    checked: 'Source 1 date checked',
  },
  signOff: {
    reviewerName: 'Reviewer name',
    reviewerRole: 'Reviewer role',
    registrationBody: 'Professional register',
    registrationNumber: 'Registration number',
    date: 'Signed off on',
    nextReviewDate: 'Next review date',
  },
  scope: {
    notForYouIf: 'This is not for you if… (read with the patient)',
    doNotUseIf: 'Do not use if… (for the clinician)',
  },
  safetyNetLine: {
    text: 'When to get help, line 2',
    byNation: 'When to get help, line 2, in Northern Ireland',
    forOptions: 'When to get help, line 2: only for option 2 (Pain tablets)',
  },
};

const SCHEMAS = {
  grid: GridSchema,
  option: OptionSchema,
  question: QuestionSchema,
  figure: FigureSchema,
  source: SourceSchema,
  signOff: SignOffSchema,
  scope: ScopeSchema,
  safetyNetLine: SafetyNetLineSchema,
};

describe('<GridEditor> covers the whole format', () => {
  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('has a box for every %s field', (part) => {
    expect(Object.keys(FIELD_LABELS[part]!).sort()).toEqual(Object.keys(SCHEMAS[part].entries).sort());
    renderEditor(fullGrid());
    const missing = Object.values(FIELD_LABELS[part]!)
      .filter((label) => !label.startsWith('('))
      .filter((label) => screen.queryAllByLabelText(label).length === 0);
    expect(missing).toEqual([]);
  });

  it('shows a grid’s figure, nation answer, checked date and translation in their boxes', () => {
    const grid = {
      ...fullGrid(),
      translationOf: 'knee-osteoarthritis',
      translationSignOffNeeded: 'A first-language clinical Welsh speaker must sign off this translation.',
    };
    grid.sources[0]!.checked = '2026-11-29';
    renderEditor(grid, [{ id: 'knee-osteoarthritis', title: 'Knee osteoarthritis' }]);
    const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value;
    expect(value('Question 1, option 1 figure: people in 100')).toBe('40');
    expect(value('Question 1, option 1 figure: what happens to them')).toBe('have less pain');
    expect(value('Question 1, option 1 figure: what happens to the rest')).toBe('do not');
    expect(value('Question 1, option 1 figure: over what time')).toBe('after 3 months');
    expect(value('Question 1, option 1 answer in Wales')).toBe(
      'Ask about the National Exercise Referral Scheme.',
    );
    expect(value('Question 1, option 1 answer in England')).toBe('');
    expect(value('Source 1 date checked')).toBe('2026-11-29');
    expect(value('This grid translates')).toBe('knee-osteoarthritis');
    expect(value('Who must sign off this translation')).toMatch(/^A first-language/);
    expect(screen.getByText(/Reads: After 3 months, 40 in 100 people have less pain/)).toBeTruthy();
    expect(screen.getByText('Grid id: knee-pain-test')).toBeTruthy();
  });
});

describe('<GridEditor> saves what was typed, and export and import keep it', () => {
  it.each([
    { name: 'an unsigned grid', grid: fullGrid() },
    { name: 'a signed-off grid', grid: validGrid() },
  ])('hands back $name unchanged when nothing is edited', async ({ grid }) => {
    const onSave = renderEditor(grid);
    const out = await saved(onSave);
    expect(out).toEqual(grid);
    expect(roundTrip(out)).toEqual({ ok: true, grid });
  });

  it('adds a figure with an icon array and a Wales answer, then round-trips them', async () => {
    const onSave = renderEditor(validGrid());
    tick('Question 2, option 2: give a figure in numbers (N in 100 people)');
    // An empty figure is a problem named in the editor's own words, and nothing is saved.
    expect(problems()).toContain(
      'Question 2 › figure for option "tablets" › what happens to them: must not be empty',
    );
    type('Question 2, option 2 figure: people in 100', '30');
    type('Question 2, option 2 figure: what happens to them', 'have less pain');
    type('Question 2, option 2 figure: what happens to the rest', 'do not');
    type('Question 2, option 2 figure: over what time', 'over 2 weeks');
    tick('Question 2, option 2 figure: show as an icon array');
    type('Question 2, option 3 answer in Wales', 'Ask about Help Me Quit.');
    type('Question 2, option 3 answer in England', 'Ask about your local stop smoking service.');
    type('Source 1 date checked', '2026-11-29');
    expect(problems()).toBe('Ready to save');
    // The preview draws the figure and its picture.
    expect(
      screen.getByRole('img', {
        name: 'Over 2 weeks, 30 in 100 people have less pain. The other 70 in 100 do not.',
      }),
    ).toBeTruthy();
    const out = await saved(onSave);
    expect(out.questions[1]?.figures).toEqual({
      tablets: {
        inHundred: 30,
        outcome: 'have less pain',
        otherOutcome: 'do not',
        over: 'over 2 weeks',
        iconArray: true,
      },
    });
    expect(out.questions[1]?.byNation).toEqual({
      england: { wait: 'Ask about your local stop smoking service.' },
      wales: { wait: 'Ask about Help Me Quit.' },
    });
    expect(out.sources[0]?.checked).toBe('2026-11-29');
    // The sign-off boxes were left as they were, so the sign-off stays (the editor shows it).
    expect(out.signOff).toEqual(validGrid().signOff);
    expect(roundTrip(out)).toEqual({ ok: true, grid: out });
  });

  it.each([
    ['seven', 'must be a number written in digits, for example 7'],
    ['', 'must be a number written in digits, for example 7'],
    ['150', 'must be a whole number from 0 to 100'],
  ])('refuses %j people in 100 in plain words and saves nothing', async (count, words) => {
    const onSave = renderEditor(fullGrid());
    type('Question 1, option 1 figure: people in 100', count);
    expect(problems()).toContain(`Question 1 › figure for option "exercise" › people in 100: ${words}`);
    save();
    await screen.findByRole('alert');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('removes a figure and a nation answer when their boxes are emptied', async () => {
    const onSave = renderEditor(fullGrid());
    tick('Question 1, option 1: give a figure in numbers (N in 100 people)');
    type('Question 1, option 1 answer in Wales', '');
    const out = await saved(onSave);
    expect(out.questions[0]).toEqual(validGrid().questions[0]);
    expect(roundTrip(out)).toEqual({ ok: true, grid: out });
  });

  it('ties a help line to an option and words it for a nation, then makes it plain again', async () => {
    const onSave = renderEditor(fullGrid());
    tick('When to get help, line 1: only for option 1 (Exercise and weight loss)');
    type('When to get help, line 1, in Scotland', 'Contact us or NHS 24 on 111 if the pain gets much worse.');
    type('When to get help, line 2, in Northern Ireland', '');
    tick('When to get help, line 2: only for option 2 (Pain tablets)');
    const out = await saved(onSave);
    expect(out.safetyNet).toEqual([
      {
        text: 'Contact us if the pain gets much worse.',
        byNation: { scotland: 'Contact us or NHS 24 on 111 if the pain gets much worse.' },
        forOptions: ['exercise'],
      },
      'Stop the tablets and get help the same day if you have black poo.',
    ]);
    expect(roundTrip(out)).toEqual({ ok: true, grid: out });
  });

  it('warns when a general help line names a service a nation does not have, until it is worded there', () => {
    renderEditor(fullGrid());
    type('When to get help, line 1', 'Call NHS 111 if the pain gets much worse.');
    const hint = () =>
      screen.getByLabelText('When to get help, line 1').getAttribute('aria-describedby') ?? '';
    const words = () => document.getElementById(hint())?.textContent ?? '';
    expect(words()).toContain('the 111 number does not exist in Northern Ireland');
    expect(words()).toContain('NHS 111 (England) does not exist in Wales');
    type(
      'When to get help, line 1, in Northern Ireland',
      'Call GP Out of Hours if the pain gets much worse.',
    );
    expect(words()).not.toContain('Northern Ireland');
  });

  it('names the grid a translation translates and who must sign it off', async () => {
    const onSave = renderEditor({ ...fullGrid(), language: 'cy' }, [
      { id: 'knee-osteoarthritis', title: 'Knee osteoarthritis' },
    ]);
    fireEvent.change(screen.getByLabelText('This grid translates'), {
      target: { value: 'knee-osteoarthritis' },
    });
    type('Who must sign off this translation', 'A first-language clinical Welsh speaker.');
    const out = await saved(onSave);
    expect(out).toMatchObject({
      translationOf: 'knee-osteoarthritis',
      translationSignOffNeeded: 'A first-language clinical Welsh speaker.',
    });
    expect(roundTrip(out)).toEqual({ ok: true, grid: out });
  });

  it('keeps a translation of a grid this computer does not have, and says so', () => {
    renderEditor({ ...fullGrid(), translationOf: 'gone-grid' });
    expect(screen.getByLabelText<HTMLSelectElement>('This grid translates').value).toBe('gone-grid');
    expect(screen.getByRole('option', { name: 'gone-grid (not on this computer)' })).toBeTruthy();
  });
});

describe('<GridEditor> with every shipped grid', () => {
  it('opens each as a local copy and saves it unchanged, through export and import too', async () => {
    const { grids } = await loadBundledGrids();
    expect(grids).toHaveLength(16);
    for (const bundled of grids) {
      const copy = copyAsLocal(bundled, new Set(grids.map((g) => g.id)));
      const onSave = renderEditor(copy, grids);
      const out = await saved(onSave);
      expect(out).toEqual(copy);
      expect(roundTrip(out)).toEqual({ ok: true, grid: copy });
      cleanup();
    }
  }, 60_000);
});
