import { describe, expect, it } from 'vitest';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { buildPatientPlan } from '../../../lib/plan/build-patient-plan';
import { planToPlainText } from '../../../lib/export/plain-text';
import { GRID_PAIRS, scenario } from '../outputs/scenarios';

/** The agreed-plan document carries the chosen option's key figure (lib/plan/plan-figures.ts). */

const pair = (id: string) => GRID_PAIRS.find((p) => p.en.id === id)!;

/** An agreed plan on `gridId` with `optionId` chosen. */
function planChoosing(gridId: string, optionId: string, language: 'en' | 'cy' = 'en') {
  const s = scenario('wales', language, 'agreed', pair(gridId));
  const consultation = {
    ...s.consultation,
    options: { ...s.consultation.options, leaning: [optionId] },
    agreement: { ...s.consultation.agreement, chosenOptionIds: [optionId] },
  };
  return { plan: buildAgreedPlan(consultation, s.context), consultation, context: s.context };
}

describe('figures on the plan', () => {
  it('gives the chosen statin’s figure over 10 years beside no statin’s, with its source and caveat', () => {
    const figures = planChoosing('statins-heart-stroke-risk', 'statin').plan.figures.en!;
    expect(figures.items.map((f) => [f.optionId, f.chosen, f.sentences[0]])).toEqual([
      ['statin', true, 'Over 10 years, 7 in 100 people have a heart attack or stroke.'],
      ['not-now', false, 'Over 10 years, 10 in 100 people have a heart attack or stroke.'],
    ]);
    expect(figures.caveat).toMatch(/groups of people like you/);
    expect(figures.source).toMatch(/^Cholesterol Treatment Trialists/);
  });

  it('sets a choice of no statin beside the statin’s figure, so the figure is not read alone', () => {
    const figures = planChoosing('statins-heart-stroke-risk', 'not-now').plan.figures.en!;
    expect(figures.items.map((f) => [f.optionId, f.chosen, f.sentences[0]])).toEqual([
      ['not-now', true, 'Over 10 years, 10 in 100 people have a heart attack or stroke.'],
      ['statin', false, 'Over 10 years, 7 in 100 people have a heart attack or stroke.'],
    ]);
  });

  it('says plainly that good figures do not exist for a choice without one, with no caveat or source', () => {
    const figures = planChoosing('statins-heart-stroke-risk', 'lifestyle').plan.figures.en!;
    expect(figures.items).toEqual([
      expect.objectContaining({
        optionId: 'lifestyle',
        hasFigure: false,
        sentences: ['We do not have good figures in numbers for this choice.'],
      }),
    ]);
    expect([figures.caveat, figures.source]).toEqual(['', '']);
  });

  it('takes a figure’s source from its row’s first source: the knee replacement figure is Beswick’s', () => {
    const figures = planChoosing('knee-osteoarthritis', 'replacement').plan.figures.en!;
    expect(figures.items[0]?.sentences[0]).toBe(
      'A year or more after the operation, 20 in 100 people still have pain or are not happy with the result.',
    );
    expect(figures.source).toMatch(/^Beswick AD/);
  });

  it('writes the Welsh plan’s figures from the Welsh grid, with the Welsh caveat', () => {
    const figures = planChoosing('raised-blood-pressure', 'tablets', 'cy').plan.figures.cy!;
    expect(figures.items[0]?.sentences[0]).toBe(
      'Dros 10 mlynedd, mae 8 o bob 100 o bobl yn cael trawiad ar y galon neu strôc.',
    );
    expect(figures.caveat).toMatch(/grwpiau o bobl fel chi/);
  });

  it('has no figures when nothing from a grid was chosen', () => {
    const s = scenario('england', 'en', 'agreed', null);
    expect(buildAgreedPlan(s.consultation, s.context).figures).toEqual({ en: null, cy: null });
  });

  it('prints the figure under its own heading, never inside the option summaries', () => {
    const { consultation, context } = planChoosing('sore-throat-antibiotics', 'antibiotic-now');
    const doc = buildPatientPlan(consultation, context, 'en');
    const choices = doc.sections.find((s) => s.id === 'choices')!;
    expect(planToPlainText({ ...doc, sections: [choices] })).not.toMatch(/\d/);
    const figures = doc.sections.find((s) => s.id === 'figures')!;
    expect(figures.lines.map((l) => l.label ?? '')).toEqual([
      'Start an antibiotic now',
      'No antibiotic: look after yourself',
      '',
      'Where the figures come from',
    ]);
  });
});
