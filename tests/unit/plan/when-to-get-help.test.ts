import { describe, expect, it } from 'vitest';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlan } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import type { OptionGrid } from '../../../lib/option-grids/grid';
import { URGENT_HELP } from '../../../lib/plan/urgent-help';
import { NATIONS, type Nation } from '../../../lib/settings/nation';
import { blank, complete, context } from './consultations';
import type { PlanContext } from '../../../lib/plan/plan-types';

const withNation = (nation: Nation, language: 'en' | 'cy' = 'en', extra: Partial<PlanContext> = {}) => {
  const base = context(language, extra);
  return { ...base, settings: { ...base.settings, nation } };
};
const section = (text: string, heading: string) =>
  text.split('\n\n').find((b) => b.startsWith(heading)) ?? '';

const grid = (over: Partial<OptionGrid> = {}): OptionGrid => ({
  id: 'raised-blood-pressure',
  version: '1.2',
  language: 'en',
  title: 'Raised blood pressure',
  decision: 'Should I take a tablet?',
  keywords: [],
  options: [],
  questions: [],
  sources: [],
  author: 'A',
  organisation: 'Cocreate sample',
  lastReviewed: '2026-01-01',
  reviewDue: '2027-01-01',
  safetyNet: ['If you get a sudden severe headache, call 999'],
  ...over,
});

describe('"When to get help" on every patient plan', () => {
  it.each([
    ['england', ['call 999', 'NHS 111', '111.nhs.uk', 'mental health option']],
    ['wales', ['call 999', 'NHS 111 Wales', '111.wales.nhs.uk', 'call 111 and press 2']],
    ['scotland', ['call 999', 'NHS 24 on 111']],
    ['northern-ireland', ['call 999', 'GP Out of Hours', 'Lifeline', '0808 808 8000']],
  ] as const)('%s: the nation’s own urgent-help lines, even on a blank plan', (nation, expected) => {
    const help = section(planToPlainText(buildPatientPlan(blank(), withNation(nation))), 'When to get help');
    for (const words of expected) expect(help).toContain(words);
  });

  it('Northern Ireland and Scotland are never told to ring NHS 111 or NHS 111 Wales', () => {
    const ni = planToPlainText(buildPatientPlan(blank(), withNation('northern-ireland')));
    expect(ni).not.toMatch(/NHS 111/);
    const scot = planToPlainText(buildPatientPlan(blank(), withNation('scotland')));
    expect(scot).not.toMatch(/NHS 111|111\.nhs\.uk/);
  });

  it.each(NATIONS)('%s: the Welsh plan has the same numbers in Welsh', (nation) => {
    const help = section(
      planToPlainText(buildPatientPlan(blank(), withNation(nation, 'cy'), 'cy')),
      'Pryd i gael help',
    );
    expect(help).toContain('ffoniwch 999');
    for (const [en, cy] of URGENT_HELP[nation].lines.en.map((l, i) => [l, URGENT_HELP[nation].lines.cy[i]])) {
      const numbers = (s: string | undefined) => (s ?? '').match(/\d[\d ]*\d|\d/g) ?? [];
      expect(numbers(cy)).toEqual(numbers(en));
    }
    if (nation === 'wales') expect(help).toContain('GIG 111 Cymru');
  });

  it('adds the grid’s own lines and the clinician’s advice, each once', () => {
    const c = complete();
    c.agreement.safetyNet =
      'If your blood pressure reading is over 180/120, ring the surgery the same day\nIf you get a sudden severe headache, call 999';
    const help = section(
      planToPlainText(buildPatientPlan(c, withNation('wales', 'en', { grid: grid() }))),
      'When to get help',
    );
    expect(help).toContain('If your blood pressure reading is over 180/120, ring the surgery the same day.');
    expect(help.match(/sudden severe headache/g)).toHaveLength(1);
    expect(help).toContain('NHS 111 Wales');
  });

  it('uses the grid’s Welsh twin for the Welsh plan', () => {
    const welsh = grid({
      id: 'raised-blood-pressure-cy',
      language: 'cy',
      translationOf: 'raised-blood-pressure',
      safetyNet: ['Os cewch chi gur pen sydyn a difrifol, ffoniwch 999'],
    });
    const text = planToPlainText(
      buildPatientPlan(
        complete(),
        withNation('wales', 'cy', { grid: grid(), gridTranslations: [welsh] }),
        'cy',
      ),
    );
    expect(text).toContain('Os cewch chi gur pen sydyn a difrifol, ffoniwch 999.');
    expect(text).not.toContain('sudden severe headache');
  });

  it('always prints the practice’s number, even when "How to get back in touch" was typed', () => {
    const c = complete();
    c.agreement.contact = 'Chest pain or breathless: call 999';
    const contact = section(planToPlainText(buildPatientPlan(c, context())), 'Who to contact');
    expect(contact).toContain('How to get in touch: Chest pain or breathless: call 999');
    expect(contact).toContain('Your surgery: Riverside Surgery, 01234 567890');
  });

  it('the note says what the plan holds about getting help, and "given" only once a copy reached the patient', () => {
    const c = complete();
    c.agreement.safetyNet = 'If the dizziness gets worse, stop the tablets and ring us';
    const before = planToPlainText(buildClinicianNote(c, withNation('wales', 'en', { grid: grid() })));
    expect(before).toContain('Safety-netting in the plan: If the dizziness gets worse');
    expect(before).not.toContain('advice given');
    c.copiesGiven = [{ how: 'printed', languages: ['en'], at: '2026-11-23T10:00:00Z' }];
    const note = planToPlainText(buildClinicianNote(c, withNation('wales', 'en', { grid: grid() })));
    expect(note).toContain(
      'Safety-netting advice given: If the dizziness gets worse, stop the tablets and ring us. From the Raised blood pressure grid: If you get a sudden severe headache, call 999. Urgent help: 999; NHS 111 Wales (111 press 2 for mental health).',
    );
  });

  it('the note says nothing about safety-netting for a blank draft', () => {
    expect(planToPlainText(buildClinicianNote(blank(), context()))).not.toContain('Safety-netting');
  });
});
