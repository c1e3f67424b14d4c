import { describe, expect, it } from 'vitest';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { looksEnglish, untranslatedLines } from '../../../lib/plan/not-translated';
import { catalogue, panelLanguage } from '../../../lib/i18n/catalogue';
import { DO_NOTHING_OPTION } from '../../../lib/plan/product-options';
import { planToPlainText } from '../../../lib/export/plain-text';
import { blank, complete, context } from './consultations';

/** An agreed plan over two options typed or added in the panel, the second chosen. */
function withOptions(first: string, second: string) {
  const c = blank();
  return {
    ...c,
    status: 'agreed' as const,
    options: {
      ...c.options,
      options: [
        { id: 'o1', label: first, pros: '', cons: '', isDoNothing: false },
        { id: 'o2', label: second, pros: '', cons: '', isDoNothing: true },
      ],
    },
    agreement: { ...c.agreement, chosenOptionIds: ['o2'] },
  };
}

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

  it('writes the product’s own "Do nothing for now / wait and see" in Welsh in a Welsh plan', () => {
    const [welsh] = buildPatientPlans(withOptions('Metformin', DO_NOTHING_OPTION.en), context('cy'));
    const text = planToPlainText(welsh!);
    expect(text).not.toContain('Do nothing for now');
    expect(text).toContain(DO_NOTHING_OPTION.cy);
    expect(untranslatedLines([welsh!])).toEqual([]);
  });

  it('flags an English option name in a Welsh plan, though the option is the line’s label', () => {
    const lines = untranslatedLines(
      buildPatientPlans(withOptions('Watch and wait for a few weeks', 'Aros i weld'), context('cy')),
    );
    expect(lines.map((l) => l.label ?? l.text)).toContain('Watch and wait for a few weeks');
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
