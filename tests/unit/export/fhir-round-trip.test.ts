import { describe, expect, it } from 'vitest';
import { consultationFromSummary } from '../../../lib/continuity/import-earlier-plan';
import { verifyEarlierPlan } from '../../../lib/continuity/verify-earlier-plan';
import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { context } from '../plan/consultations';
import { fullConsultation, fullNoTreatment, fullNotDecided } from './full-consultation';
import { dataOf, fieldOf, isFilled, leavesOf, schemaFields, shown, withChanged } from './round-trip-fields';

/**
 * The true round trip (docs/continuity.md, "Reading back"): a consultation with every field a
 * clinician can fill is exported as FHIR, read back, checked and kept as the review's baseline,
 * and compared field by field. A field counts as exported when giving it another value changes
 * the bundle's data (its narratives and the attached patient plan are renderings for a person to
 * read, not data to read back), and as restored when the kept plan shows the same value. Every exported field must
 * come back; every field that does not is listed here with its reason, and the listing fails as
 * soon as the export starts carrying it.
 */

/** Record keeping, not what the clinician filled in: never compared. */
const RECORD_KEEPING: Record<string, string> = {
  id: 'the record’s own key; the kept plan gets a new one',
  createdAt: 'when the record was made; the kept plan is dated the day it was agreed',
  updatedAt: 'when the record was last saved',
  clockStartedAt: 'the appointment clock',
  path: 'quick or full guide, a way of working',
  currentElement: 'the step open in the sidebar',
  purgedAt: 'set by retention',
  importedFrom: 'set only on a plan read back, by the reader itself',
  copiesGiven: 'a log of copies given, kept with the record',
  'copiesGiven.*': 'a log of copies given, kept with the record',
  'preparationSheetsGiven.*': 'a log of sheets given, kept with the record',
  'carriedForward.*': 'fields waiting to be kept or dropped at a new cycle',
  collaborate: 'the patient’s private answers, never in a plan',
  'review.collaborate.*': 'no longer written (the patient answers privately)',
  'review.previousConsultationId': 'a link between records on this computer',
  'agenda.items.*.id': 'a list item’s key',
  'information.needed.*.id': 'a list item’s key',
  'options.options.*.id': 'a list item’s key (the options are matched by position and label)',
  'agreement.barriers.*.id': 'a list item’s key',
  'agreement.responsibilities.*.id': 'a list item’s key',
  'implementation.briefInterventions.*.id': 'the practice list entry’s key',
};

/**
 * Filled by a clinician and written for a person to read (the Composition's narrative, the attached
 * patient plan), not as data a system can read back: each with where it is. None now (the plan's
 * language, communication needs, large print, information still needed and the brief intervention's
 * patient line are carried as data: docs/standards.md, "Reading back"); kept so that a field shown
 * only in words is named here, not lost silently.
 */
const NARRATIVE_ONLY: Record<string, string> = {};

/** Filled by a clinician and not in the bundle at all: each with its reason. */
const NOT_IN_BUNDLE: Record<string, string> = {
  'preparation.plannedMinutes': 'the time booked, for the sidebar’s clock',
  'preparation.gridsSentInAdvance.*': 'what was sent before the appointment',
  'preparation.knownGoals': 'preparation notes',
  'agenda.activation': 'the clinician’s own estimate, kept on this computer',
  'information.dailyImpact': 'not exported',
  'information.nextStep': 'a step of the guide',
  'options.questionsThatMattered.*': 'not exported (grid rows read are counted in the audit)',
  'options.leaning.*': 'not exported',
  'agreement.teachBack': 'not exported',
  'agreement.sure.*': 'not exported',
  'implementation.briefInterventions.*.cy':
    'the Welsh line is in the Welsh patient plan only when one is made',
  'plainWords.*': 'by design: plain words change the patient’s copy only, never FHIR',
};
const NOT_EXPORTED = { ...NARRATIVE_ONLY, ...NOT_IN_BUNDLE };

/**
 * Exported, but in a form the reader cannot take apart exactly: each with what the writer does.
 * None now (when, how often and the clinician's own "when to get help" lines are written apart);
 * kept so that a field the writer joins again is named here, not lost silently.
 */
const WRITTEN_JOINED: Record<string, string> = {};

const TODAY = new Date('2026-11-24T10:00:00Z');
const exported = (c: Consultation) => JSON.stringify(buildFhirBundle(c, context()));
/** What the bundle carries as data (narratives and the attached page are renderings of it). */
const carried = (c: Consultation) => JSON.stringify(dataOf(buildFhirBundle(c, context())));

/** Exported, read, checked and kept as the confirm screen keeps it. */
function roundTrip(c: Consultation): Consultation {
  const checked = verifyEarlierPlan(readFhirBundle(exported(c)), {
    patientRef: c.patientRef,
    fileName: 'plan.fhir.json',
    today: TODAY,
  });
  if (!checked.ok) throw new Error(checked.error);
  return consultationFromSummary(checked.plan, { id: 'kept', now: TODAY });
}

interface Field {
  path: string;
  /** Carried as data: another value changes the bundle's data. */
  exported: boolean;
  /** Shown at all: another value changes the bundle, narratives and attached page included. */
  shownInBundle: boolean;
  restored: boolean;
}

function compare(c: Consultation): Field[] {
  const fresh = newConsultation({ id: c.id, now: new Date(c.createdAt), path: c.path, plannedMinutes: 10 });
  const base = carried(c);
  const whole = exported(c);
  const back = roundTrip(c);
  return leavesOf(c)
    .filter((leaf) => isFilled(leaf, fresh) && !(fieldOf(leaf.path) in RECORD_KEEPING))
    .map((leaf) => ({
      path: leaf.path,
      exported: carried(withChanged(c, leaf)) !== base,
      shownInBundle: exported(withChanged(c, leaf)) !== whole,
      restored: JSON.stringify(shown(back, leaf.path)) === JSON.stringify(shown(c, leaf.path)),
    }));
}

const CONSULTATIONS = [
  ['a complete consultation with an option chosen', fullConsultation()],
  ['the same, not decided yet', fullNotDecided()],
  ['the same, an informed choice of no treatment', fullNoTreatment()],
] as const;
const compared = CONSULTATIONS.map(([name, c]) => [name, compare(c)] as const);
const every = compared.flatMap(([, fields]) => fields);

describe('FHIR export → import restores every field the export carries', () => {
  it('the consultations fill every field of the schema that is not record keeping', () => {
    const filled = new Set(every.map((f) => fieldOf(f.path)));
    const empty = schemaFields().filter((field) => !filled.has(field) && !(field in RECORD_KEEPING));
    expect(empty).toEqual([]);
  });

  it.each(compared)('%s: every exported field comes back as it was', (_name, fields) => {
    const lost = fields.filter((f) => f.exported && !f.restored && !(fieldOf(f.path) in WRITTEN_JOINED));
    expect(lost.map((f) => f.path)).toEqual([]);
  });

  it.each(compared)('%s: every field that does not come back is listed with its reason', (_name, fields) => {
    const unlisted = fields.filter((f) => !f.exported && !f.restored && !(fieldOf(f.path) in NOT_EXPORTED));
    expect(unlisted.map((f) => f.path)).toEqual([]);
  });

  it('a field listed as not exported fails the test once the export carries it', () => {
    const carried = every.filter((f) => fieldOf(f.path) in NOT_EXPORTED && f.exported);
    expect(carried.map((f) => f.path)).toEqual([]);
    const unshown = every.filter((f) => fieldOf(f.path) in NARRATIVE_ONLY && !f.shownInBundle);
    expect(unshown.map((f) => f.path)).toEqual([]);
    const shownAfterAll = every.filter((f) => fieldOf(f.path) in NOT_IN_BUNDLE && f.shownInBundle);
    expect(shownAfterAll.map((f) => f.path)).toEqual([]);
    const unused = Object.keys(NOT_EXPORTED).filter((k) => !every.some((f) => fieldOf(f.path) === k));
    expect(unused).toEqual([]);
  });

  it('a field listed as written joined fails the test once it comes back exactly', () => {
    const listed = every.filter((f) => fieldOf(f.path) in WRITTEN_JOINED);
    expect(listed.filter((f) => !f.exported || f.restored).map((f) => f.path)).toEqual([]);
    const unused = Object.keys(WRITTEN_JOINED).filter((k) => !listed.some((f) => fieldOf(f.path) === k));
    expect(unused).toEqual([]);
  });

  it('nothing comes back that the bundle did not carry, and the figure is said', () => {
    expect(every.filter((f) => !f.exported && f.restored).map((f) => f.path)).toEqual([]);
    const fields: Field[] = compared[0]![1];
    const restored = fields.filter((f) => f.restored).length;
    const carried = fields.filter((f) => f.exported).length;
    console.info(
      `FHIR round trip: ${restored} of ${fields.length} filled fields restored (${carried} exported)`,
    );
  });
});
