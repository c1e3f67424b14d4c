import { describe, expect, it } from 'vitest';
import type { OptionDiscussed } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { readGridTogether } from '../../../lib/option-grids/grid-in-consultation';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { figureSentences, iconArrayCells } from '../../../lib/option-grids/grid-figures';
import { gridInLanguage, gridTranslations, optionsInLanguage } from '../../../lib/option-grids/grid-language';
import { answerFor, gridForNation } from '../../../lib/option-grids/grid-nation';
import { applySignOffDraft, EMPTY_SIGN_OFF, signOffGrid } from '../../../lib/option-grids/grid-sign-off';
import { gridStatus, SAMPLE_LABEL } from '../../../lib/option-grids/grid-status';
import { exportGrid } from '../../../lib/option-grids/grid-export';
import { parseGrid, parseGridFile } from '../../../lib/option-grids/parse-grid';
import { validGrid } from '../../fixtures/grids/valid-grid';

/** An unsigned sample, as shipped. */
function sample(overrides: Partial<OptionGrid> = {}): OptionGrid {
  const { signOff: _s, lastReviewed: _l, ...grid } = validGrid();
  return { ...grid, ...overrides };
}

const welsh = (): OptionGrid =>
  sample({
    id: 'knee-pain-test-cy',
    language: 'cy',
    translationOf: 'knee-pain-test',
    options: sample().options.map((o) => ({
      ...o,
      label: `CY ${o.label}`,
      mainBenefit: `CY ${o.mainBenefit}`,
    })),
  });

describe('absolute figures', () => {
  it('says "N in 100 people, over T" with the other framing', () => {
    const figure = {
      inHundred: 7,
      outcome: 'have a heart attack or stroke',
      otherOutcome: 'do not',
      over: 'over 10 years',
    };
    expect(figureSentences(figure, 'en')).toEqual([
      'Over 10 years, 7 in 100 people have a heart attack or stroke.',
      'The other 93 in 100 do not.',
    ]);
    expect(
      figureSentences(
        { ...figure, outcome: 'yn cael strôc', otherOutcome: 'yn osgoi hynny', over: 'dros 10 mlynedd' },
        'cy',
      ),
    ).toEqual([
      'Dros 10 mlynedd, mae 7 o bob 100 o bobl yn cael strôc.',
      'Mae’r 93 arall o bob 100 yn osgoi hynny.',
    ]);
  });

  it('marks the first N of 100 cells, ten to a row', () => {
    const cells = iconArrayCells({ inHundred: 12, outcome: 'x', over: 'y' });
    expect(cells).toHaveLength(100);
    expect(cells.filter((c) => c.marked)).toHaveLength(12);
    expect(cells[11]).toEqual({ row: 1, column: 1, marked: true });
    expect(cells[12]?.marked).toBe(false);
  });
});

describe('service rows by nation', () => {
  const grid = sample();
  grid.questions[0]!.byNation = { wales: { exercise: 'Ask about the National Exercise Referral Scheme.' } };

  it.each([
    ['wales', 'Ask about the National Exercise Referral Scheme.'],
    ['england', 'Moving more, most days.'],
    ['scotland', 'Moving more, most days.'],
  ] as const)('in %s the exercise row reads "%s"', (nation, text) => {
    expect(answerFor(grid.questions[0]!, 'exercise', nation)).toBe(text);
    expect(gridForNation(grid, nation).questions[0]?.answers.exercise).toBe(text);
  });
});

describe('the do-nothing rule', () => {
  const noWait = (g: OptionGrid) => ({ ...g, options: g.options.map((o) => ({ ...o, isDoNothing: false })) });

  it('refuses a grid without a do-nothing option unless it says why not', () => {
    expect(parseGrid(noWait(validGrid())).ok).toBe(false);
    expect(
      parseGrid({
        ...noWait(validGrid()),
        noDoNothingReason: 'A choice between aids, after deciding to stop',
      }).ok,
    ).toBe(true);
  });

  it('keeps a grid saved on this PC before the rule (legacy)', () => {
    expect(parseGrid(noWait(validGrid()), { legacy: true }).ok).toBe(true);
  });
});

describe('sign-off', () => {
  const signOff = {
    reviewerName: 'Dr A Jones',
    reviewerRole: 'GP partner',
    registrationBody: 'GMC',
    registrationNumber: '1234567',
    date: '2026-12-01',
    nextReviewDate: '2027-12-01',
  };

  it('is the only way lastReviewed is set', () => {
    const signed = signOffGrid(sample(), signOff);
    expect(signed).toMatchObject({ lastReviewed: '2026-12-01', reviewDue: '2027-12-01', signOff });
    expect(parseGrid(signed).ok).toBe(true);
    expect(parseGrid({ ...sample(), lastReviewed: '2026-12-01' }).ok).toBe(false);
  });

  it.each([
    [EMPTY_SIGN_OFF, false, ''],
    [signOff, true, ''],
    [{ ...signOff, reviewerRole: ' ' }, false, 'Sign-off: fill in'],
  ])('applies the editor boxes %#', (draft, signed, problem) => {
    const result = applySignOffDraft(sample(), draft, { roles: ['GP partner'], people: [] });
    expect(Boolean(result.grid.signOff)).toBe(signed);
    expect(result.problem).toContain(problem);
  });

  it('labels an unsigned grid as a sample and a late one as overdue', () => {
    expect(gridStatus(sample(), '2026-12-01')).toEqual({
      sample: true,
      overdue: false,
      labels: [SAMPLE_LABEL],
    });
    const late = gridStatus(signOffGrid(sample(), signOff), '2028-01-01');
    expect(late).toMatchObject({ sample: false, overdue: true });
    expect(late.labels).toEqual(['Review overdue: this grid was due to be checked again on 1 December 2027']);
    expect(gridStatus(welsh(), '2026-12-01').labels[0]).toMatch(/^Sampl/);
  });

  it('writes the overdue date in words in both languages, never as 2027-12-01', () => {
    const late = signOffGrid(sample(), signOff);
    expect(gridStatus(late, '2028-01-01', 'cy').labels).toEqual([
      'Adolygiad yn hwyr: roedd y grid hwn i fod i gael ei wirio eto ar 1 Rhagfyr 2027',
    ]);
    expect(gridStatus(late, '2028-01-01', 'en').labels.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('per-language option text', () => {
  const english = sample();
  const options: OptionDiscussed[] = [
    ...english.options.map((o) => ({
      id: o.id,
      label: o.label,
      pros: o.mainBenefit,
      cons: o.mainDownside,
      isDoNothing: o.isDoNothing,
    })),
    { id: 'own', label: 'Swimming', pros: 'I like it', cons: '', isDoNothing: false },
  ];

  it('finds the translations of a grid either way round', () => {
    const all = [english, welsh(), sample({ id: 'other' })];
    expect(gridTranslations(all, english).map((g) => g.id)).toEqual(['knee-pain-test-cy']);
    expect(gridTranslations(all, welsh()).map((g) => g.id)).toEqual(['knee-pain-test']);
    expect(gridInLanguage(english, [welsh()], 'cy')?.id).toBe('knee-pain-test-cy');
    expect(gridInLanguage(english, [], 'cy')).toBeUndefined();
  });

  it('gives a Welsh plan the Welsh option text and leaves hand-added options alone', () => {
    const cy = optionsInLanguage(options, english, [welsh()], 'cy');
    expect(cy.map((o) => o.label)).toEqual([
      'CY Exercise and weight loss',
      'CY Pain tablets',
      'CY Wait and see',
      'Swimming',
    ]);
    expect(cy[0]?.pros).toBe('CY Eases pain for many people.');
  });

  it('keeps text the clinician rewrote, and changes nothing in the grid’s own language', () => {
    const edited = options.map((o) => (o.id === 'tablets' ? { ...o, label: 'Ibuprofen gel' } : o));
    expect(optionsInLanguage(edited, english, [welsh()], 'cy')[1]?.label).toBe('Ibuprofen gel');
    expect(optionsInLanguage(edited, english, [welsh()], 'en')).toEqual(edited);
  });
});

describe('export and import keep the new fields', () => {
  it('round-trips scope, safety net, figures, nation variants, sign-off and checked dates', () => {
    const grid: OptionGrid = {
      ...validGrid(),
      scope: { notForYouIf: ['You are pregnant.'], doNotUseIf: ['Pregnancy.'] },
      safetyNet: ['Call 999 if you cannot breathe.'],
      sources: validGrid().sources.map((s) => ({ ...s, checked: '2026-11-29' })),
      translationSignOffNeeded: 'A first-language clinical Welsh speaker must sign off.',
    };
    grid.questions[1]!.figures = {
      exercise: {
        inHundred: 40,
        outcome: 'have less pain',
        otherOutcome: 'do not',
        over: 'after 3 months',
        iconArray: true,
      },
    };
    grid.questions[0]!.byNation = { wales: { exercise: 'Ask about exercise referral.' } };
    const parsed = parseGridFile(exportGrid(grid).text);
    expect(parsed).toEqual({ ok: true, grid });
  });
});

describe('the patient plan in the grid’s languages', () => {
  const english = sample();
  const consultation = (grid: OptionGrid) => {
    const c = newConsultation({
      id: 'c1',
      now: new Date('2026-11-29T10:00:00Z'),
      path: 'full',
      plannedMinutes: 10,
    });
    // A row read together discusses every option (an option only opened is not a choice looked at).
    const read = readGridTogether(c.options, grid);
    return { ...c, options: { ...read, questionsThatMattered: [grid.questions[0]!.id] } };
  };
  const context = (language: 'en' | 'cy' | 'both', grid: OptionGrid, translations: OptionGrid[]) => ({
    settings: DEFAULT_SETTINGS,
    date: '2026-11-29',
    language,
    grid,
    gridTranslations: translations,
  });
  const choicesOf = (doc: { sections: { id: string; lines: { label?: string }[] }[] }) =>
    doc.sections.find((s) => s.id === 'choices')?.lines.flatMap((l) => l.label ?? []) ?? [];

  it('writes a Welsh plan from a Welsh grid with Welsh options only', () => {
    const [cy] = buildPatientPlans(consultation(welsh()), context('cy', welsh(), [english]));
    expect(choicesOf(cy!)).toEqual(['CY Exercise and weight loss', 'CY Pain tablets', 'CY Wait and see']);
  });

  it('puts each language in its own column of a "both" plan', () => {
    const [en, cy] = buildPatientPlans(consultation(welsh()), context('both', welsh(), [english]));
    expect(choicesOf(en!)).toEqual(['Exercise and weight loss', 'Pain tablets', 'Wait and see']);
    expect(choicesOf(cy!)).toEqual(['CY Exercise and weight loss', 'CY Pain tablets', 'CY Wait and see']);
  });
});
