import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../../lib/domain/nation';
import type { GridSafetyNetEntry, OptionGrid } from '../../../lib/option-grids/grid';
import { removeOption, setSafetyNetLine } from '../../../lib/option-grids/grid-edit';
import { exportGrid } from '../../../lib/option-grids/grid-export';
import { answerFor } from '../../../lib/option-grids/grid-nation';
import { gridSafetyNetLines, gridSafetyNetShown } from '../../../lib/option-grids/grid-safety-net';
import { parseGrid, parseGridFile } from '../../../lib/option-grids/parse-grid';
import { validGrid } from '../../fixtures/grids/valid-grid';

/**
 * The grid's "when to get help" lines (docs/option-grids.md, "When to get help"): a plain line
 * reaches everyone; a line can word a route for each of the four nations and can belong to
 * some options only, so advice about a medicine never reaches someone who declined it.
 */

const GENERAL = 'Contact us if your pain gets much worse.';
const URGENT: GridSafetyNetEntry = {
  text: 'Get help the same day: contact us, or the urgent care service when we are closed.',
  byNation: {
    england: 'Get help the same day: contact us, or call NHS 111.',
    wales: 'Get help the same day: contact us, or call NHS 111 Wales.',
    scotland: 'Get help the same day: contact us, or call NHS 24 on 111.',
    'northern-ireland': 'Get help the same day: contact us, or call GP Out of Hours.',
  },
};
const TABLETS: GridSafetyNetEntry = {
  text: 'Stop the tablets and tell us if you have black poo.',
  forOptions: ['tablets'],
};

const grid = (safetyNet: GridSafetyNetEntry[]): OptionGrid => validGrid({ safetyNet });

describe('gridSafetyNetLines', () => {
  it('gives a plain line to everyone, in every nation, whatever was chosen', () => {
    for (const nation of [...NATIONS, undefined]) {
      for (const chosenOptionIds of [[], ['wait'], ['tablets']]) {
        expect(gridSafetyNetLines(grid([GENERAL]), { nation, chosenOptionIds })).toEqual([GENERAL]);
      }
    }
  });

  it.each(NATIONS)('gives the %s wording of a line that has one', (nation) => {
    const [line] = gridSafetyNetLines(grid([URGENT]), { nation, chosenOptionIds: [] });
    expect(line).toBe(typeof URGENT === 'string' ? URGENT : URGENT.byNation?.[nation]);
  });

  it('gives the general wording where a nation has no variant, or no nation is set', () => {
    const onlyEngland = {
      text: 'Contact us or your out-of-hours service.',
      byNation: { england: 'Call NHS 111.' },
    };
    expect(gridSafetyNetLines(grid([onlyEngland]), { nation: 'scotland', chosenOptionIds: [] })).toEqual([
      'Contact us or your out-of-hours service.',
    ]);
    expect(gridSafetyNetLines(grid([onlyEngland]), { nation: undefined, chosenOptionIds: [] })).toEqual([
      'Contact us or your out-of-hours service.',
    ]);
  });

  it('gives an option’s line only to a patient who chose that option', () => {
    const lines = grid([GENERAL, TABLETS]);
    expect(gridSafetyNetLines(lines, { nation: 'england', chosenOptionIds: ['exercise'] })).toEqual([
      GENERAL,
    ]);
    expect(gridSafetyNetLines(lines, { nation: 'england', chosenOptionIds: [] })).toEqual([GENERAL]);
    expect(
      gridSafetyNetLines(lines, { nation: 'england', chosenOptionIds: ['exercise', 'tablets'] }),
    ).toEqual([GENERAL, 'Stop the tablets and tell us if you have black poo.']);
  });

  it('reads a stored grid with broken lines without failing (only text counts)', () => {
    const stored = { safetyNet: [GENERAL, 42, null, { text: '' }, { nope: 1 }, '  '] } as never;
    expect(gridSafetyNetLines(stored, { nation: 'wales', chosenOptionIds: [] })).toEqual([GENERAL]);
    expect(gridSafetyNetLines({}, { nation: 'wales', chosenOptionIds: [] })).toEqual([]);
  });

  it('shows every line on the grid itself, each with the options it belongs to', () => {
    expect(gridSafetyNetShown(grid([URGENT, TABLETS]), 'scotland')).toEqual([
      { text: 'Get help the same day: contact us, or call NHS 24 on 111.', forOptionLabels: [] },
      { text: 'Stop the tablets and tell us if you have black poo.', forOptionLabels: ['Pain tablets'] },
    ]);
  });
});

describe('the safety-net format', () => {
  it('still reads a grid whose lines are all plain text, unchanged', () => {
    const old = grid([GENERAL, 'Call 999 if you cannot breathe.']);
    expect(parseGrid(old)).toEqual({ ok: true, grid: old });
  });

  it('reads lines with nation wording and options, and export and import keep them', () => {
    const full = grid([GENERAL, URGENT, TABLETS]);
    expect(parseGrid(full)).toEqual({ ok: true, grid: full });
    expect(parseGridFile(exportGrid(full).text)).toEqual({ ok: true, grid: full });
  });

  it.each([
    [
      { text: 'x', forOptions: ['surgery'] },
      '"forOptions": names an option "surgery" that the grid does not have',
    ],
    [{ text: 'x', forOptions: [] }, 'must name at least one option id'],
    [{ text: 'x', byNation: { atlantis: 'y' } }, '"atlantis": is not a field of a grid'],
    [{ text: '' }, 'must not be empty'],
  ])('refuses a broken line in plain words: %j', (line, words) => {
    const result = parseGrid(grid([line as GridSafetyNetEntry]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(words);
  });

  it('answers a row for all four nations', () => {
    const g = validGrid();
    const row = {
      ...g.questions[0]!,
      byNation: { scotland: { exercise: 'Ask about NHS 24.' }, 'northern-ireland': { exercise: 'Ask us.' } },
    };
    expect(parseGrid({ ...g, questions: [row, g.questions[1]!] }).ok).toBe(true);
    expect(answerFor(row, 'exercise', 'scotland')).toBe('Ask about NHS 24.');
    expect(answerFor(row, 'exercise', 'northern-ireland')).toBe('Ask us.');
    expect(answerFor(row, 'exercise', 'england')).toBe('Moving more, most days.');
  });
});

describe('editing safety-net lines', () => {
  it('stores a line with no options and no nation wording as plain text', () => {
    const edited = setSafetyNetLine(grid([TABLETS]), 0, { text: 'Ring us.', forOptions: [], byNation: {} });
    expect(edited.safetyNet).toEqual(['Ring us.']);
  });

  it('drops a line that belonged only to a removed option, and keeps a shared one', () => {
    const shared = { text: 'Tell us about side effects.', forOptions: ['tablets', 'exercise'] };
    const after = removeOption(grid([GENERAL, TABLETS, shared]), 'tablets');
    expect(after.safetyNet).toEqual([
      GENERAL,
      { text: 'Tell us about side effects.', forOptions: ['exercise'] },
    ]);
    expect(parseGrid(after).ok).toBe(true);
  });
});
