/**
 * Which PRSB element each line of the clinician note and the patient plan fills, in the
 * standards' own words, and where the FHIR export carries it. The element paths and their
 * conformance are those of PRSB's published JSON models (the Personalised Care and Support Plan
 * and Shared Decision Making standards); a unit test walks those files and fails on any name or
 * conformance that is not there, and evaluates every FHIR path over the bundle of a complete
 * consultation. docs/standards.md carries the same table.
 */

import { exported, NEXT, notExported, type PrsbRow } from './prsb-row';
import { PCSP_ROWS } from './prsb-rows-pcsp';
import { SDM_ROWS } from './prsb-rows-sdm';

export type { Conformance, FhirCarriage, PrsbElement, PrsbRow, PrsbStandard } from './prsb-row';

/** Cocreate lines no PRSB element asks for. */
const COCREATE_ROWS: readonly PrsbRow[] = [
  {
    id: 'support-needed',
    prsb: null,
    note: 'agenda: Support needed to self-manage',
    plan: '—',
    fhir: notExported('not exported: a clinician’s estimate, for the clinician'),
  },
  {
    id: 'information-needed',
    prsb: null,
    note: 'information: Needed',
    plan: 'before-we-decide',
    fhir: exported("CarePlan.activity.where(detail.code.text = 'Information still needed').detail"),
  },
  {
    id: 'daily-impact',
    prsb: null,
    note: 'information: Daily impact',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'questions',
    prsb: null,
    note: 'options: Questions that mattered',
    plan: 'choices',
    fhir: notExported(NEXT),
  },
  {
    id: 'understanding',
    prsb: null,
    note: 'understanding: Teach-back, SURE',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    // The service itself is the PCSP action (brief-intervention); this is its line in the patient's plan.
    id: 'brief-intervention-line',
    prsb: null,
    note: '—',
    plan: 'next',
    fhir: exported("CarePlan.note.where(text.startsWith('Brief intervention ')).text"),
  },
  {
    id: 'commitment',
    prsb: null,
    note: 'understanding: Commitment (patient)',
    plan: 'commitment',
    fhir: exported('CarePlan.note.text'),
  },
  {
    // The machine-readable ending a review on another PC reads back (docs/continuity.md).
    id: 'cocreate-summary',
    prsb: null,
    note: 'cocreate-summary: Agreed … Follow-up',
    plan: '—',
    fhir: notExported('not exported: the bundle itself is the machine-readable form'),
  },
];

export const PRSB_MAPPING: readonly PrsbRow[] = [...SDM_ROWS, ...PCSP_ROWS, ...COCREATE_ROWS];

/** The note section ids and plan section ids the table names, to check nothing is left out. */
export function mappedSectionIds(column: 'note' | 'plan'): Set<string> {
  const ids = PRSB_MAPPING.flatMap((r) =>
    r[column].split(/[;,]\s*/).map((part) => part.split(':')[0]!.trim()),
  );
  return new Set(ids.filter((id) => /^[a-z-]+$/.test(id)));
}

/** Mandatory or required PRSB elements Cocreate leaves out of the export, and why. */
export function prsbGaps(): PrsbRow[] {
  return PRSB_MAPPING.filter(
    (r) =>
      r.prsb !== null &&
      (r.prsb.conformance === 'M' || r.prsb.conformance === 'R') &&
      r.fhir.kind !== 'exported',
  );
}
