import { describe, expect, it } from 'vitest';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { clinicianNoteFrom } from '../../../lib/plan/clinician-note';
import { patientPlanFrom } from '../../../lib/plan/build-patient-plan';
import { GRID_PAIRS, scenario } from '../outputs/scenarios';

/** The patient's copy and the clinician's note say the same about the grid used. */

const statins = GRID_PAIRS.find((p) => p.en.id === 'statins-heart-stroke-risk')!;

function plans(questionsThatMattered: string[], reviewDue = statins.en.reviewDue) {
  const s = scenario('england', 'en', 'agreed', { en: { ...statins.en, reviewDue }, cy: statins.cy });
  const consultation = { ...s.consultation, options: { ...s.consultation.options, questionsThatMattered } };
  const plan = buildAgreedPlan(consultation, s.context);
  return { patient: patientPlanFrom(plan, 'en'), note: clinicianNoteFrom(plan) };
}

const ALSO = 'Also on the option grid, not talked through';
const patientChoices = (doc: ReturnType<typeof plans>['patient']) =>
  doc.sections
    .find((s) => s.id === 'choices')!
    .lines.flatMap((l) => l.label ?? [])
    .filter((label) => label !== ALSO);
const patientAlso = (doc: ReturnType<typeof plans>['patient']) =>
  doc.sections.find((s) => s.id === 'choices')!.lines.find((l) => l.label === ALSO)?.text ?? '';
const noteOptions = (doc: ReturnType<typeof plans>['note']) =>
  doc.sections
    .find((s) => s.id === 'options')!
    .lines.filter((l) => l.label?.startsWith('Option'))
    .map((l) => l.text.split('; ')[0]);
const noteAlso = (doc: ReturnType<typeof plans>['note']) =>
  doc.sections.flatMap((s) => s.lines).find((l) => l.label === 'Also on the grid, not marked as discussed')
    ?.text ?? '';

describe('the patient’s copy and the note tell the same truth about the grid', () => {
  it('lists, as choices looked at, only the options the note records as discussed; the rest by name apart', () => {
    const { patient, note } = plans([]);
    expect(patientChoices(patient)).toEqual(['No statin for now']);
    expect(noteOptions(note)).toEqual(['No statin for now']);
    expect(patientAlso(patient)).toBe('Take a statin; Healthy changes only');
    expect(noteAlso(note)).toBe('Take a statin / Healthy changes only');
  });

  it('lists every option in both once the rows that mattered were read together', () => {
    const { patient, note } = plans(['how-well']);
    expect(patientChoices(patient)).toEqual(statins.en.options.map((o) => o.label));
    expect(noteOptions(note)).toEqual(patientChoices(patient));
    expect([patientAlso(patient), noteAlso(note)]).toEqual(['', '']);
  });

  it('carries the grid’s sample label in the note, as on the patient’s copy', () => {
    const { note } = plans([]);
    const status = note.sections.flatMap((s) => s.lines).find((l) => l.label === 'Grid status');
    expect(status?.text).toBe('Sample — not yet signed off by your practice');
  });

  it('carries an overdue grid’s label in the note, its date in words', () => {
    const { note } = plans([], '2026-01-15');
    const status = note.sections.flatMap((s) => s.lines).find((l) => l.label === 'Grid status');
    expect(status?.text).toContain(
      'Review overdue: this grid was due to be checked again on 15 January 2026',
    );
  });

  it('records in the note the figure the patient’s plan gives, with its source', () => {
    const { note } = plans([]);
    const figures = note.sections
      .flatMap((s) => s.lines)
      .find((l) => l.label === 'Figures in the patient’s plan');
    expect(figures?.text).toMatch(
      /^No statin for now: Over 10 years, 10 in 100 people have a heart attack or stroke\. Source: Cholesterol Treatment Trialists/,
    );
  });
});
