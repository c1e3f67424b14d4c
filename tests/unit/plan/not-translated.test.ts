import { describe, expect, it } from 'vitest';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { looksEnglish, untranslatedLines } from '../../../lib/plan/not-translated';
import { catalogue, panelLanguage } from '../../../lib/i18n/catalogue';
import { blank, complete, context } from './consultations';

describe('two languages', () => {
  it('flags English text typed into a Welsh plan as not translated, but not the patient’s quoted words', () => {
    const lines = untranslatedLines(buildPatientPlans(complete(), context('cy')));
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('Walk for 10 minutes after lunch');
    expect(texts).not.toContain('Being able to walk to the allotment and look after my grandson');
    expect(lines.find((l) => l.text === 'Walk for 10 minutes after lunch')?.heading).toBe('Eich cam cyntaf');
  });

  it('never flags the plan’s own Welsh wording, nor an English plan', () => {
    expect(untranslatedLines(buildPatientPlans({ ...blank(), status: 'agreed' }, context('cy')))).toEqual([]);
    expect(untranslatedLines(buildPatientPlans(complete(), context('en')))).toEqual([]);
  });

  it.each([
    ['Walk for 10 minutes after lunch', true],
    ['Cerdded am 10 munud ar ôl cinio', false],
    ['Mae eich pwysau gwaed yn uchel', false],
    ['Metformin', false],
  ])('"%s" reads as English: %s', (text, expected) => {
    expect(looksEnglish(text)).toBe(expected);
  });

  it('the clinician’s panel language is a setting of its own, not the patient’s plan language', () => {
    expect(panelLanguage({ panelLanguage: 'en' })).toBe('en');
    expect(panelLanguage({ panelLanguage: 'cy' })).toBe('cy');
    expect(panelLanguage({})).toBe('en');
    expect(catalogue('en').elements.agenda.name).toBe('Agenda setting');
  });
});
