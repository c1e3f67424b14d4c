import { describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { planOutputs } from '../../../lib/export/plan-outputs';
import { JARGON } from '../../../lib/plan/jargon';
import { acceptPlainWord } from '../../../lib/plan/plain-words';
import type { Consultation } from '../../../lib/domain/consultation';
import { complete, context } from './consultations';

function typed(): Consultation {
  const c = complete();
  c.agenda.whatMatters = 'My hypertension worries me';
  c.agreement.firstAction = 'Take the tablet od and check your BP at home';
  c.agreement.baseline = {
    ...c.agreement.baseline,
    clinicalLabel: 'BP',
    clinicalValue: '152/94',
    clinicalUnit: 'mmHg',
  };
  c.options.problem = 'Hypertension';
  return c;
}

/** Accepts every plain-word offer the panel makes, one after another, as a clinician pressing Enter on each. */
function acceptAll(c: Consultation): Consultation {
  let current = c;
  for (let round = 0; round < 5; round++) {
    const offers = planOutputs(current, context()).jargon;
    if (offers.length === 0) break;
    current = offers.reduce(acceptPlainWord, current);
  }
  return current;
}

describe('plain words change the patient rendering only', () => {
  it('records the accepted term and leaves what was typed as typed', () => {
    const entry = JARGON.find((e) => e.term === 'hypertension');
    if (!entry) throw new Error('missing');
    const c = acceptPlainWord(typed(), entry);
    expect(c.plainWords).toEqual(['hypertension']);
    expect(c.options.problem).toBe('Hypertension');
    expect(acceptPlainWord(c, entry)).toBe(c);
  });

  it('after every offer is accepted: the patient version is plain, quotes, values, note and FHIR untouched', () => {
    const c = acceptAll(typed());
    const out = planOutputs(c, context());
    expect(out.jargon).toEqual([]);
    // The patient's rendering.
    expect(out.text.patient).toContain('The problem: high blood pressure');
    expect(out.text.patient).toContain(
      'What: Take the tablet once a day and check your blood pressure at home',
    );
    // Their own words, quoted, stay theirs.
    expect(out.text.patient).toContain('“My hypertension worries me”');
    // A clinical value and its unit stay as measured (the label of that line too).
    expect(out.text.patient).toContain('Where you are now: BP: 152/94 mmHg');
    expect(out.text.patient).not.toContain('blood pressure units');
    // The record and FHIR keep the clinician's terms.
    expect(out.text.note).toContain('Problem: Hypertension');
    expect(out.text.note).toContain('First action: Take the tablet od and check your BP at home');
    expect(out.text.note).toContain('BP 152/94 mmHg');
    expect(JSON.stringify(buildFhirBundle(c, context()))).toContain(
      'Take the tablet od and check your BP at home',
    );
  });

  it('keeps a medicine’s name and explains it', () => {
    const c = complete();
    c.agreement.firstAction = 'Start dapagliflozin 10 mg each morning';
    const out = planOutputs(acceptAll(c), context());
    expect(out.text.patient).toMatch(
      /What: Start dapagliflozin \(a diabetes medicine[^)]*\) 10 mg each morning/,
    );
  });
});
