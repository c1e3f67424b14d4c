import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanImportedText } from '../../../lib/continuity/clean-imported-text';
import type { ReadEarlierPlan } from '../../../lib/continuity/earlier-plan-summary';
import { consultationFromSummary } from '../../../lib/continuity/import-earlier-plan';
import { readSummaryBlock } from '../../../lib/continuity/read-summary-block';
import { TEXT_LIMITS, verifyEarlierPlan } from '../../../lib/continuity/verify-earlier-plan';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { planToPlainText } from '../../../lib/export/plain-text';
import { readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../plan/consultations';

const today = new Date('2026-12-20T10:00:00Z');
const realNote = planToPlainText(buildClinicianNote(complete(), context()));
const realBundle = JSON.stringify(buildFhirBundle(complete(), context()));
/** Characters an attacker or a damaged EHR would slip in: bidi, zero-width, markup, entities. */
const HOSTILE = [
  '\u202E',
  '\u2066',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '**',
  '__',
  '&#8238;',
  '&amp;#8238;',
  '<b>',
  '</p>',
  '&lt;',
  '\n',
  '0',
  '9',
  '/',
  '-',
  ':',
  ' ',
];

/** A real export with hostile pieces inserted, characters deleted or swapped at random places. */
const mutated = (source: string) =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: source.length }),
        kind: fc.constantFrom('insert', 'delete', 'replace'),
        text: fc.oneof(
          fc.constantFrom(...HOSTILE),
          fc.string({ maxLength: 4 }),
          fc.string({ unit: 'binary', maxLength: 3 }),
        ),
      }),
      { maxLength: 6 },
    )
    .map((edits) =>
      edits.reduce((text, { at, kind, text: piece }) => {
        const i = Math.min(at, text.length);
        if (kind === 'insert') return text.slice(0, i) + piece + text.slice(i);
        if (kind === 'delete') return text.slice(0, i) + text.slice(i + piece.length + 1);
        return text.slice(0, i) + piece + text.slice(i + piece.length);
      }, source),
    );

const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(stringsIn)
      : [];

/** Every text a stored plan keeps from its source. */
const storedTexts = (read: ReadEarlierPlan) => {
  const checked = verifyEarlierPlan(read, { patientRef: 'AE 1961', fileName: '', today });
  if (!checked.ok) return null;
  const stored = consultationFromSummary(checked.plan, { id: 'x', now: today });
  const a = stored.agreement;
  return {
    checked: checked.plan,
    stored,
    texts: [
      a.goal,
      a.firstAction,
      a.baseline.patientMeasureLabel,
      a.baseline.clinicalLabel,
      a.baseline.clinicalValue,
      a.baseline.clinicalUnit,
      stored.importedFrom?.patientRef ?? '',
      // Every text of the sections a FHIR file's details fill (options, tasks, barriers…).
      ...[stored.agenda, stored.options, stored.agreement, stored.implementation].flatMap(stringsIn),
    ],
  };
};

function holdsProperties(read: ReadEarlierPlan) {
  const result = storedTexts(read);
  if (!result) return;
  const { checked, stored, texts } = result;
  for (const text of texts) {
    // Nothing the screen would not show: cleaning what is stored again changes nothing.
    expect(cleanImportedText(text)).toBe(text);
    expect(text.length).toBeLessThanOrEqual(TEXT_LIMITS.sentence);
  }
  // What is stored is what the confirm screen was given to show.
  expect(stored.agreement.goal).toBe(checked.summary.goal);
  expect(stored.agreement.baseline.clinicalValue).toBe(checked.summary.clinicalValue);
  if (checked.summary.details) {
    expect(stored.options.options.map((o) => [o.label, o.pros, o.cons])).toEqual(
      checked.summary.details.options.map((o) => [o.label, o.benefits, o.risks]),
    );
    expect(stored.agreement.responsibilities.map((t) => t.task)).toEqual(
      checked.summary.details.tasks.map((t) => t.task),
    );
  }
  for (const score of [stored.agreement.confidence, stored.agreement.baseline.patientMeasure]) {
    if (score !== null) expect(score >= 0 && score <= 10).toBe(true);
  }
  for (const day of [checked.summary.agreedOn, checked.summary.followUpDate].filter(Boolean)) {
    expect(day >= '2016-12-20' && day <= '2031-12-20').toBe(true);
  }
  expect(stored.status === 'open' || stored.status === 'agreed').toBe(true);
}

describe('the readers, over random and mutated exports', () => {
  it('the summary-block reader never throws, never stores out of bounds or a character it did not show', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(realNote), fc.string({ maxLength: 400 })), (text) => {
        holdsProperties(readSummaryBlock(text));
      }),
      { numRuns: 400 },
    );
  });

  it('the FHIR reader never throws, never stores out of bounds or a character it did not show', () => {
    fc.assert(
      fc.property(fc.oneof(mutated(realBundle), fc.json({ maxDepth: 3 })), (text) => {
        holdsProperties(readFhirBundle(text));
      }),
      { numRuns: 400 },
    );
  });

  it('a mutated block that still reads is never called intact unless what it shows is what was written', () => {
    const original = verifyEarlierPlan(readSummaryBlock(realNote), {
      patientRef: 'AE 1961',
      fileName: '',
      today,
    });
    if (!original.ok) throw new Error(original.error);
    fc.assert(
      fc.property(mutated(realNote.slice(realNote.indexOf('Cocreate summary'))), (text) => {
        const read = verifyEarlierPlan(readSummaryBlock(text), {
          patientRef: 'AE 1961',
          fileName: '',
          today,
        });
        if (read.ok && read.plan.summary.integrity === 'intact') {
          expect(read.plan.summary).toEqual(original.plan.summary);
        }
      }),
      { numRuns: 400 },
    );
  });
});
