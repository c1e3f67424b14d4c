import { describe, expect, it } from 'vitest';
import { findJargon, JARGON, jargonList, parseJargonExtra, replaceTerm } from '../../../lib/plan/jargon';
import { buildPatientPlan } from '../../../lib/plan/build-patient-plan';
import { jargonInPlan } from '../../../lib/plan/plain-words';
import { complete, context } from './consultations';

const terms = (text: string) => findJargon(text).map((e) => e.term);

describe('jargon in the patient version', () => {
  it('has at least 80 terms in its data file, each with a plain alternative', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(80);
    for (const entry of JARGON) expect(entry.plain.trim()).not.toBe('');
    expect(new Set(JARGON.map((e) => e.term)).size).toBe(JARGON.length);
  });

  it.each([
    ['Your hypertension and hyperlipidaemia', ['hypertension', 'hyperlipidaemia']],
    ['Take analgesia PRN', ['analgesia', 'prn']],
    ['Take analgesia prn', ['analgesia', 'prn']],
    ['Amlodipine 5 od, paracetamol 1 g qds', ['od', 'qds', '-dipine']],
    ['Ibuprofen gel tds', ['tds']],
    ['Metformin 500 bd', ['bd', 'metformin']],
    ['An SGLT2 inhibitor such as dapagliflozin', ['SGLT2', 'SGLT2 inhibitor', '-gliflozin']],
    ['A DPP-4 inhibitor (sitagliptin)', ['DPP-4', 'DPP-4 inhibitor', '-gliptin']],
    ['Talking therapy: CBT', ['CBT']],
    ['Varenicline for 12 weeks', ['varenicline']],
    ['A statin such as atorvastatin', ['statin', '-vastatin']],
    ['Your QRISK3 score and MRI', ['QRISK', 'MRI']],
    ['HbA1c target in mmol/mol', ['HbA1c', 'mmol/mol']],
  ])('flags "%s"', (text, expected) => {
    expect(terms(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Pain in the abdomen'],
    ['Walk to the shop and back'],
    // Welsh "mi" is not the abbreviation MI: capitals only.
    ['Mi fydda i’n cerdded'],
    ['A good outcome for you'],
    ['See you in April'],
    // A unit right after a number is a clinical value: neither flagged nor changed.
    ['Blood pressure 152/94 mmHg'],
    ['HbA1c 58 mmol/mol'.replace('HbA1c ', '')],
  ])('leaves ordinary words and clinical values alone: "%s"', (text) => {
    expect(terms(text)).toEqual([]);
  });

  it('replaces a term with its plain words, and explains a medicine name without removing it', () => {
    expect(replaceTerm('Take 2 tablets bd, or bd if needed', { term: 'bd', plain: 'twice a day' })).toBe(
      'Take 2 tablets twice a day, or twice a day if needed',
    );
    const entry = JARGON.find((e) => e.term === '-gliflozin');
    if (!entry) throw new Error('missing -gliflozin');
    const once = replaceTerm('Start dapagliflozin', entry);
    expect(once).toBe(`Start dapagliflozin (${entry.plain})`);
    expect(findJargon(once, [entry])).toEqual([]);
  });

  it('lets a practice add its own terms, one "term = plain words" a line', () => {
    expect(
      parseJargonExtra('FeNO = breath test for asthma\nname: Fostair = an asthma inhaler\nnonsense'),
    ).toEqual([
      { term: 'FeNO', plain: 'breath test for asthma' },
      { term: 'Fostair', plain: 'an asthma inhaler', kind: 'name' },
    ]);
    const list = jargonList('FeNO = breath test for asthma');
    expect(findJargon('Your FeNO test', list).map((e) => e.term)).toEqual(['FeNO']);
    expect(list.length).toBe(JARGON.length + 1);
  });

  it('finds nothing in the fixed wording of a plan in English or Welsh', () => {
    const blankish = { ...complete(), agenda: { ...complete().agenda, items: [] } };
    for (const language of ['en', 'cy'] as const) {
      const doc = buildPatientPlan(blankish, context(language), language);
      const fixedOnly = {
        ...doc,
        sections: doc.sections.map((s) => ({ ...s, lines: s.lines.filter((l) => !l.label && !l.quote) })),
      };
      expect(jargonInPlan([fixedOnly], JARGON).map((j) => j.found)).toEqual([]);
    }
  });
});
