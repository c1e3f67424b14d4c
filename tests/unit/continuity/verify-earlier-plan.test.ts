import { describe, expect, it } from 'vitest';
import { readSummaryBlock } from '../../../lib/continuity/read-summary-block';
import { verifyEarlierPlan } from '../../../lib/continuity/verify-earlier-plan';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { planToPlainText } from '../../../lib/export/plain-text';
import { readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../plan/consultations';

const today = new Date('2026-12-20T10:00:00Z');
/** The whole note, with `change` made inside its summary block only (the note above repeats some lines). */
const note = (change: (text: string) => string = (t) => t) => {
  const text = planToPlainText(buildClinicianNote(complete(), context()));
  const at = text.indexOf('Cocreate summary (format 2)');
  return text.slice(0, at) + change(text.slice(at));
};
const verify = (text: string, patientRef = 'AE 1961') =>
  verifyEarlierPlan(readSummaryBlock(text), { patientRef, fileName: '', today });

describe('every read plan is checked before it is shown', () => {
  it('passes the right patient’s note, naming its source', () => {
    expect(verify(note())).toMatchObject({
      ok: true,
      plan: { source: 'pasted note', currentRef: 'AE 1961', sameRef: true, summary: { integrity: 'intact' } },
    });
  });

  it('compares references ignoring case and spacing', () => {
    expect(verify(note(), '  ae   1961 ')).toMatchObject({ ok: true, plan: { sameRef: true } });
  });

  it.each([
    ['another patient’s reference', 'BB 1970'],
    ['no reference typed in this consultation', ''],
  ])('marks %s as not the same patient', (_name, ref) => {
    expect(verify(note(), ref)).toMatchObject({ ok: true, plan: { sameRef: false } });
  });

  it('names the file a FHIR bundle came from, cleaned like any text', () => {
    const bundle = JSON.stringify(buildFhirBundle(complete(), context()));
    expect(
      verifyEarlierPlan(readFhirBundle(bundle), {
        patientRef: 'AE 1961',
        fileName: 'cocreate\u202E-plan.fhir.json',
        today,
      }),
    ).toMatchObject({ ok: true, plan: { source: 'cocreate-plan.fhir.json' } });
  });

  it.each<[string, string, string]>([
    ['a right-to-left override (U+202E)', 'Blood pressure, mmHg): \u202E49/251', '49/251'],
    ['zero-width characters', 'Blood pressure, mmHg): 15\u200B2/9\u200D4', '152/94'],
    ['Markdown bold', 'Blood pressure, mmHg): **152/94**', '152/94'],
    ['an entity hiding an override', 'Blood pressure, mmHg): &#8238;49/251', '49/251'],
    ['an entity hiding an entity', 'Blood pressure, mmHg): &amp;#8238;49/251', '49/251'],
  ])('stores exactly what it shows, without %s', (_name, line, shown) => {
    const result = verify(note((t) => t.replace('Blood pressure, mmHg): 152/94', line)));
    expect(result).toMatchObject({
      ok: true,
      plan: { summary: { clinicalValue: shown } },
    });
  });

  it('recognises a block edited by hand: the value it read is shown with the warning', () => {
    expect(verify(note((t) => t.replace('Confidence: 8/10', 'Confidence: 9/10')))).toMatchObject({
      ok: true,
      plan: { summary: { confidence: 9, integrity: 'edited' } },
    });
  });

  it.each<[string, (t: string) => string, RegExp]>([
    [
      'a plan dated in 1900',
      (t) => t.replace('Date: 2026-11-23', 'Date: 1900-11-23'),
      /plan’s date \(1900-11-23\)/,
    ],
    ['a plan dated in the future', (t) => t.replace('Date: 2026-11-23', 'Date: 2027-11-23'), /plan’s date/],
    [
      'a follow-up in 1900',
      (t) => t.replace('Follow-up: 2027-01-18', 'Follow-up: 1900-01-18'),
      /follow-up date \(1900-01-18\)/,
    ],
    [
      'a follow-up decades ahead',
      (t) => t.replace('Follow-up: 2027-01-18', 'Follow-up: 2090-01-18'),
      /follow-up date/,
    ],
    [
      'a goal longer than any plan',
      (t) => t.replace(/Goal: [^\n]*/, `Goal: ${'walk '.repeat(200)}`),
      /goal is longer/,
    ],
  ])('refuses %s in plain words', (_name, change, reason) => {
    const result = verify(note(change));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(reason);
    expect(!result.ok && result.error).toMatch(/Nothing was kept\.$/);
  });

  it('passes a reader’s refusal through unchanged', () => {
    expect(verify('')).toEqual(readSummaryBlock(''));
  });
});

describe('reading is linear in the length of the paste', () => {
  const timed = (text: string) => {
    const start = performance.now();
    verify(text);
    return performance.now() - start;
  };

  it.each<[string, string]>([
    // Refused at once as longer than any note: the answer is the refusal.
    ['a 1 MB paste', note().repeat(Math.ceil(1_000_000 / note().length))],
    ['200,000 characters of "<a" with no ">"', '<a'.repeat(100_000)],
    ['200,000 characters of "<br" with no ">"', `${note()}${'<br'.repeat(60_000)}`],
    ['200,000 characters of "&#" with no ";"', `${note()}${'&#'.repeat(90_000)}`],
    [
      'a block full of open qualifiers',
      `Cocreate summary (format 2) Patient ref: x Status: agreed Date: 2026-11-23 ${'Goal ('.repeat(30_000)}`,
    ],
    ['thousands of block starts', 'Cocreate summary (format 2) '.repeat(7000)],
  ])('%s answers in under 200 ms', (name, text) => {
    const ms = Math.min(timed(text), timed(text));
    console.info(`${name}: ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(200);
  });
});
