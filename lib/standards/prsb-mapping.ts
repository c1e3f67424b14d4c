/**
 * Which PRSB element each line of the clinician note and the patient plan fills, and which PRSB
 * elements Cocreate leaves empty. The same table is in docs/standards.md, "PRSB mapping" (a unit
 * test keeps the two in step, and fails when a note or plan section is missing from it).
 */

/** PCSP: Personalised Care and Support Plan standard. SDM: Shared Decision Making standard. */
export type PrsbStandard = 'PCSP' | 'SDM' | '—';

export interface PrsbRow {
  standard: PrsbStandard;
  /** The PRSB section or element ('—' for a Cocreate line no PRSB element asks for). */
  element: string;
  /** True when the element's name was read in a published PRSB source (docs/standards.md, "Sources"). */
  nameChecked: boolean;
  /** Clinician note: section id and line label(s), or '—'. */
  note: string;
  /** Patient plan: section id(s), or '—'. */
  plan: string;
  /** Where the FHIR export carries it, or '—'. */
  fhir: string;
  /** Does Cocreate fill the element? */
  filled: boolean;
}

const row = (
  standard: PrsbStandard,
  element: string,
  nameChecked: boolean,
  note: string,
  plan: string,
  fhir: string,
  filled = true,
): PrsbRow => ({ standard, element, nameChecked, note, plan, fhir, filled });

export const PRSB_MAPPING: readonly PrsbRow[] = [
  row(
    'SDM',
    'Contacts with professionals',
    true,
    'summary: Date, Clinician, Contact',
    'written-by',
    'CarePlan.created, CarePlan.author',
  ),
  row(
    'PCSP',
    'About me',
    true,
    'summary: Patient ref',
    '—',
    'CarePlan.subject (local reference only)',
    false,
  ),
  row(
    'PCSP',
    'What matters to me',
    false,
    'agenda: What matters, Already doing',
    'what-matters',
    'Observation (PCO what-matters category)',
  ),
  row('—', '—', false, 'agenda: Patient agenda, Clinician agenda', 'talked-about', '—'),
  row(
    '—',
    '—',
    false,
    'agenda: Importance, Confidence',
    'confidence',
    'Observation (PCO readiness: importance, confidence)',
  ),
  row('—', '—', false, 'agenda: Activation (estimate)', '—', '—'),
  row('—', '—', false, 'information: Needed, Daily impact', 'before-we-decide', '—'),
  row(
    'SDM',
    'Options discussed',
    false,
    'options: Problem, Care aim, Option, Questions that mattered',
    'choices',
    'CarePlan.description (problem, care aim)',
  ),
  row(
    'SDM',
    'Decision support tools used',
    false,
    'options: Option grid',
    '—',
    'CarePlan.activity[Shared decision].detail.instantiatesUri',
  ),
  row(
    'SDM',
    'Shared decision',
    false,
    'decision: Decision',
    'decision',
    'CarePlan.activity[Shared decision]',
  ),
  row(
    'SDM',
    'What mattered in the decision',
    false,
    'decision: Rationale (patient); options: What mattered',
    'decision',
    'CarePlan.note',
  ),
  row(
    'PCSP',
    'Goals and outcomes',
    false,
    'goal: Goal, Baseline',
    'goal',
    'Goal (expressedBy the patient; target; addresses baseline Observations)',
  ),
  row(
    'PCSP',
    'Actions',
    false,
    'goal: First action, When / how often; responsibilities',
    'first-step, who-does-what',
    'CarePlan.activity[First action], CarePlan.activity[Who does what]',
  ),
  row('—', '—', false, 'goal: Barrier → way round', 'barriers', 'Observation (PCO goal barrier)'),
  row(
    '—',
    '—',
    false,
    'goal: Confidence',
    'confidence',
    'Observation (PCO readiness: confidence, focus the Goal)',
  ),
  row('PCSP', 'Contacts', false, 'follow-up: Contact, Way back in', 'contact', 'CarePlan.note (Contact)'),
  row('PCSP', 'Plan review', false, 'follow-up: Review', 'next', 'Goal.target.dueDate'),
  // When to get help: urgent lines for the practice's nation, the grid's and the clinician's advice
  // (docs/urgent-help.md). No PRSB element name for it could be checked.
  row('—', '—', false, 'follow-up: Safety-netting advice given', 'get-help', '—'),
  row('—', '—', false, 'follow-up: Referrals, Interventions, Support', 'next', '—'),
  // A service offered for smoking, activity, weight or alcohol (docs/brief-interventions.md).
  row('—', '—', false, 'follow-up: Brief intervention', 'next', 'CarePlan.activity[Brief intervention]'),
  row('—', '—', false, 'review: Goal attainment … Next step', 'since-last-time', '—'),
  row('—', '—', false, 'understanding: Teach-back, Commitment (patient), SURE', 'commitment', '—'),
  // The machine-readable ending a review on another PC reads back (docs/continuity.md).
  row('—', '—', false, 'cocreate-summary: Agreed … Follow-up', '—', '—'),
  row('PCSP', 'Care and support plan', true, 'the whole note', 'the whole plan', 'CarePlan (UK Core)'),
  row('SDM', 'Consent', false, '—', '—', '—', false),
];

/** The note section ids and plan section ids the table names, to check nothing is left out. */
export function mappedSectionIds(column: 'note' | 'plan'): Set<string> {
  const ids = PRSB_MAPPING.flatMap((r) =>
    r[column].split(/[;,]\s*/).map((part) => part.split(':')[0]!.trim()),
  );
  return new Set(ids.filter((id) => /^[a-z-]+$/.test(id)));
}
