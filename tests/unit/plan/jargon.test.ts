import { describe, expect, it } from 'vitest';
import { acceptPlainWords, findJargon, replaceTerm } from '../../../lib/plan/jargon';
import { complete } from './consultations';

const terms = (text: string) => findJargon(text).map((e) => e.term);

describe('jargon in the patient version', () => {
  it.each([
    ['Your hypertension and hyperlipidaemia', ['hypertension', 'hyperlipidaemia']],
    ['Take analgesia PRN', ['analgesia', 'PRN']],
    ['Amlodipine 5mg od, paracetamol 1 g qds', ['od', 'qds', 'mg']],
    ['Ibuprofen gel tds', ['tds']],
    ['Metformin 500 mg bd', ['bd', 'mg']],
  ])('flags "%s"', (text, expected) => {
    expect(terms(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Pain in the abdomen'],
    ['Walk to the shop and back'],
    // Welsh "mi" and the ordinary word "prn" in lower case are not the abbreviations.
    ['Mi fydda i’n cerdded'],
    ['A good outcome for you'],
  ])('leaves ordinary words alone: "%s"', (text) => {
    expect(terms(text)).toEqual([]);
  });

  it('replaces a term with its plain words', () => {
    expect(replaceTerm('Take 2 tablets bd, or bd if needed', { term: 'bd', plain: 'twice a day' })).toBe(
      'Take 2 tablets twice a day, or twice a day if needed',
    );
  });

  it('accepts the plain words across the consultation, but never inside identifiers', () => {
    const c = complete();
    const typed = {
      ...c,
      id: 'bd',
      agreement: { ...c.agreement, goal: 'Lower my hypertension', firstAction: 'Take amlodipine od' },
      options: { ...c.options, problem: 'Hypertension' },
    };
    const plain = acceptPlainWords(typed, { term: 'hypertension', plain: 'high blood pressure' });
    expect(plain.agreement.goal).toBe('Lower my high blood pressure');
    expect(plain.options.problem).toBe('high blood pressure');
    expect(acceptPlainWords(typed, { term: 'bd', plain: 'twice a day' }).id).toBe('bd');
    expect(plain.agreement.chosenOptionIds).toEqual(c.agreement.chosenOptionIds);
  });
});
