import { describe, expect, it } from 'vitest';
import { buildPatientPlan, buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { planToPlainText } from '../../../lib/export/plain-text';
import { measureReadability } from '../../../lib/readability/reading-ease';
import { blank, complete, context, noTreatment } from './consultations';

const headings = (c = complete(), lang: 'en' | 'cy' = 'en') =>
  buildPatientPlan(c, context(lang), lang).sections.map((s) => s.heading);

describe('patient version', () => {
  it('writes every section of a complete consultation, in order, to "you"', () => {
    expect(headings()).toEqual([
      'What matters to you',
      'What we talked about',
      'Before we decide',
      'The choices we looked at',
      'What you decided',
      'Your goal',
      'Your first step',
      'What might get in the way',
      'How sure you feel',
      'Who does what',
      'What happens next',
      'When to get help',
      'Who to contact',
      'About this plan',
    ]);
    const text = planToPlainText(buildPatientPlan(complete(), context()));
    expect(text).toContain('“Being able to walk to the allotment and look after my grandson”');
    expect(text).toContain('You chose: More walking');
    expect(text).toContain('Why, in your words: “I would rather try walking first”');
    expect(text).toContain('Doing nothing for now was a real choice too.');
    expect(text).toContain('What: Walk for 10 minutes after lunch');
    expect(text).toContain('You feel 8 out of 10 sure that you can do this.');
    expect(text).toContain('Your daughter: Walk with you on Sundays');
    expect(text).toContain('We will look at how it is going together on 18 January 2027.');
    expect(text).toContain('Written on 23 November 2026 by Dr Ann Jones, GP, Riverside Surgery.');
  });

  it('leaves out empty sections: a blank consultation is only when to get help, how to get in touch and the sign-off', () => {
    const plan = buildPatientPlan(blank(), context());
    expect(plan.sections.map((s) => s.id)).toEqual(['get-help', 'contact', 'written-by']);
  });

  it('renders a half-finished or corrupt record without throwing', () => {
    const c = blank();
    const broken = {
      ...c,
      agreement: { ...c.agreement, goal: 42 as unknown as string, barriers: null as never, confidence: 99 },
    };
    expect(() => buildPatientPlan(broken, context())).not.toThrow();
    expect(buildPatientPlan(broken, context()).sections.map((s) => s.id)).toEqual([
      'get-help',
      'contact',
      'written-by',
    ]);
  });

  it('writes a no-treatment choice respectfully', () => {
    const text = planToPlainText(buildPatientPlan(noTreatment(), context()));
    expect(text).toContain(
      'You decided, after hearing about the choices, not to start treatment now. That is a real choice, and we respect it.',
    );
    expect(text).not.toContain('You chose');
  });

  it('offers to make the step smaller when confidence is below 7', () => {
    const c = complete();
    const text = planToPlainText(
      buildPatientPlan({ ...c, agreement: { ...c.agreement, confidence: 5 } }, context()),
    );
    expect(text).toContain('we can make the step smaller together');
  });

  it('writes Welsh with Welsh headings and dates, quoting the patient as captured', () => {
    expect(headings(complete(), 'cy')).toContain("Beth sy'n bwysig i chi");
    const text = planToPlainText(buildPatientPlan(complete(), context('cy'), 'cy'));
    expect(text).toContain('Eich cynllun');
    expect(text).toContain('18 Ionawr 2027');
    expect(text).toContain('Eich dewis chi: More walking');
    expect(text).toContain('Ysgrifennwyd ar 23 Tachwedd 2026 gan Dr Ann Jones, GP, Riverside Surgery.');
    expect(text).not.toContain('Your goal');
  });

  it.each([
    ['en', ['en']],
    ['cy', ['cy']],
    ['both', ['en', 'cy']],
  ] as const)('language %s gives documents %j', (language, expected) => {
    expect(buildPatientPlans(complete(), context(language)).map((d) => d.language)).toEqual(expected);
  });

  it('mentions the previous goal when reviewing an earlier plan', () => {
    const previous = complete();
    const plan = buildPatientPlan(blank(), context('en', { previous }));
    expect(plan.sections[0]).toMatchObject({ id: 'since-last-time' });
  });
});

describe('readability of the generated wording (target reading age 9–11)', () => {
  it.each([
    ['complete', complete()],
    ['no treatment', noTreatment()],
  ])('%s plan in English reads as plain English', (_name, c) => {
    const r = measureReadability(planToPlainText(buildPatientPlan(c, context())));
    expect(r.readingEase).toBeGreaterThanOrEqual(70);
    expect(r.readingAge).toBeLessThanOrEqual(11);
  });
});
