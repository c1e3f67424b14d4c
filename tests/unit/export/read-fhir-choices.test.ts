/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-explicit-any -- the refused cases change plain, untyped JSON on purpose */
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_TYPES, chosenValues, PRESENT_PEOPLE } from '../../../lib/domain/choice-values';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { FHIR_READ_ERRORS, readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { complete, context } from '../plan/consultations';

/** The CarePlan of a complete consultation's bundle, held as given, and the note texts it carries. */
function exported(change: (c: ReturnType<typeof complete>) => void) {
  const c = complete();
  change(c);
  const bundle = buildFhirBundle(c, context());
  const text = JSON.stringify(bundle);
  const plan = (JSON.parse(text) as { entry: { resource: Record<string, any> }[] }).entry.find(
    (e) => e.resource.resourceType === 'CarePlan',
  )!.resource;
  return { text, plan, notes: (plan.note as { text: string }[]).map((n) => n.text) };
}

/** The same bundle with one CarePlan note's text replaced. */
function withNote(from: string, to: string) {
  const { text } = exported(() => undefined);
  const b = JSON.parse(text) as { entry: { resource: Record<string, any> }[] };
  const plan = b.entry.find((e) => e.resource.resourceType === 'CarePlan')!.resource;
  plan.note = [...plan.note.filter((n: any) => !n.text.startsWith(from)), { text: from + to }];
  return JSON.stringify(b);
}

describe('the FHIR reader knows the registry’s appointment types and people present', () => {
  it.each(chosenValues(APPOINTMENT_TYPES))('the method %s is written as the value and read back', (type) => {
    const { text, notes } = exported((c) => (c.preparation.appointmentType = type));
    expect(notes).toContain(`Consultation method: ${type}`);
    const read = readFhirBundle(text);
    expect(read.ok && read.summary.details?.appointmentType).toBe(type);
  });

  it('every person present is written as the value and read back, in order', () => {
    const { text, notes } = exported((c) => (c.preparation.present = [...PRESENT_PEOPLE]));
    expect(notes).toContain(`People involved in making the decision: ${PRESENT_PEOPLE.join(', ')}`);
    const read = readFhirBundle(text);
    expect(read.ok && read.summary.details?.present).toEqual([...PRESENT_PEOPLE]);
  });

  it('reads a note changed to another value the writer writes (so the refusals below are the word’s)', () => {
    const read = readFhirBundle(withNote('Consultation method: ', 'telephone'));
    expect(read.ok && read.summary.details?.appointmentType).toBe('telephone');
  });

  it.each([
    ['a method in the panel’s words', 'Consultation method: ', 'Face to face'],
    ['a method in capitals', 'Consultation method: ', 'VIDEO'],
    ['a person in the panel’s words', 'People involved in making the decision: ', 'Family member'],
    ['an empty person in the list', 'People involved in making the decision: ', 'carer, , family'],
  ])('refuses %s, a word the writer never writes', (_name, label, word) => {
    expect(readFhirBundle(withNote(label, word))).toEqual({ ok: false, error: FHIR_READ_ERRORS.damaged });
  });
});
