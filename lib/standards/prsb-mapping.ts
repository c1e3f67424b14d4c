/**
 * Which PRSB element each line of the clinician note and the patient plan fills, in the
 * standards' own words, and where the FHIR export carries it. The element paths and their
 * conformance are those of PRSB's published JSON models (the Personalised Care and Support Plan
 * and Shared Decision Making standards); a unit test walks those files and fails on any name or
 * conformance that is not there, and evaluates every FHIR path over the bundle of a complete
 * consultation. docs/standards.md carries the same table.
 */

/** PCSP: Personalised Care and Support Plan standard. SDM: Shared Decision Making standard. */
export type PrsbStandard = 'PCSP' | 'SDM';

/** PRSB's `mro`: mandatory, required (include if held), optional; 'none' where the model gives none. */
export type Conformance = 'M' | 'R' | 'O' | 'none';

export interface PrsbElement {
  standard: PrsbStandard;
  /** Names from the model's top section down to the element, exactly as PRSB spells them. */
  path: readonly string[];
  conformance: Conformance;
}

/** Where the FHIR export carries a row, or the plain reason it does not. */
export type FhirCarriage =
  /** A FHIRPath starting at a resource type, evaluated over each resource of that type in the bundle. */
  | { kind: 'exported'; path: string }
  /** Cocreate captures it; the export does not carry it yet. */
  | { kind: 'not-exported'; reason: string }
  /** Cocreate does not capture it at all. */
  | { kind: 'not-captured'; reason: string };

export interface PrsbRow {
  /** Stable key the tests use to name a row. */
  id: string;
  /** The PRSB element it fills, or null for a Cocreate line no PRSB element asks for. */
  prsb: PrsbElement | null;
  /** Clinician note: section id and line label(s), or '—'. */
  note: string;
  /** Patient plan: section id(s), or '—'. */
  plan: string;
  fhir: FhirCarriage;
}

const exported = (path: string): FhirCarriage => ({ kind: 'exported', path });
const notExported = (reason: string): FhirCarriage => ({ kind: 'not-exported', reason });
const notCaptured = (reason: string): FhirCarriage => ({ kind: 'not-captured', reason });

const pcsp = (conformance: Conformance, ...path: string[]): PrsbElement => ({
  standard: 'PCSP',
  path,
  conformance,
});
const sdm = (conformance: Conformance, ...path: string[]): PrsbElement => ({
  standard: 'SDM',
  path,
  conformance,
});

const CONTACT = ['Contacts with professionals', 'Contacts with professionals record entry'];
const DIALOGUE = ['Shared decision point', 'Discussion actions', 'Decision dialogue (deliberation)'];
const OPTIONS = [...DIALOGUE, 'Options discussed'];
const TOOL = [...DIALOGUE, 'Decision support tool item entry'];
const PLAN = ['Care and support plan'];
const GOALS = [...PLAN, 'Needs, concerns or problems', 'Goals and hopes'];
const ACTIONS = [...GOALS, 'Actions and activities'];
const CONTINGENCY = ['Contingency/safety plans'];

/** The reason shared by what the plan-document export (being rebuilt) will carry. */
const NEXT = 'not yet exported: the plan document export lands next';

const decisionActivity = (then: string) =>
  `CarePlan.activity.where(detail.code.text = 'Shared decision').${then}`;

export const PRSB_MAPPING: readonly PrsbRow[] = [
  // Shared Decision Making: the contact.
  {
    id: 'contact-date',
    prsb: sdm('M', ...CONTACT, 'Date and time of contact'),
    note: 'summary: Date',
    plan: 'written-by',
    fhir: exported('CarePlan.created'),
  },
  {
    id: 'seen-by',
    prsb: sdm('M', ...CONTACT, 'Seen by'),
    note: 'summary: Clinician',
    plan: 'written-by',
    fhir: exported('CarePlan.author.display'),
  },
  {
    id: 'responsible-professional',
    prsb: sdm('M', ...CONTACT, 'Responsible professional'),
    note: '—',
    plan: '—',
    fhir: notCaptured(
      'not captured: Cocreate records the clinician who saw the person, not another professional responsible overall',
    ),
  },
  {
    id: 'consultation-method',
    prsb: sdm('R', ...CONTACT, 'Consultation method'),
    note: 'summary: Contact',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'person-accompanying',
    prsb: sdm('R', ...CONTACT, 'Person accompanying patient'),
    note: 'summary: Contact',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'interpreter',
    prsb: sdm('R', ...CONTACT, 'Use of an interpreter'),
    note: 'summary: Contact',
    plan: '—',
    fhir: notExported(NEXT),
  },
  // Shared Decision Making: the problem and the decision.
  {
    id: 'problem',
    prsb: sdm('R', 'Problem list', 'Problem list record entry', 'Problem', 'Free text'),
    note: 'options: Problem',
    plan: 'choices',
    fhir: exported('CarePlan.description'),
  },
  {
    id: 'decision-status',
    prsb: sdm('R', 'Shared decision point', 'Shared decision status', 'Free text'),
    note: 'decision: Decision',
    plan: 'decision',
    fhir: exported(decisionActivity('outcomeCodeableConcept.text')),
  },
  {
    id: 'pre-discussion',
    prsb: sdm('none', 'Shared decision point', 'Pre-discussion information shared'),
    note: 'summary: Preparation sheet given',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'people-involved',
    prsb: sdm('R', ...DIALOGUE, 'People involved in making the decision'),
    note: 'summary: Contact',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'patient-agenda',
    prsb: sdm('none', ...DIALOGUE, 'Shared agenda setting', 'Patient agenda'),
    note: 'agenda: Patient agenda',
    plan: 'talked-about',
    fhir: notExported(NEXT),
  },
  {
    id: 'clinician-agenda',
    prsb: sdm('none', ...DIALOGUE, 'Shared agenda setting', 'Clinician agenda'),
    note: 'agenda: Clinician agenda',
    plan: 'talked-about',
    fhir: notExported(NEXT),
  },
  {
    id: 'what-matters',
    prsb: sdm('M', ...DIALOGUE, 'What matters to the person'),
    note: 'agenda: What matters, Already doing',
    plan: 'what-matters',
    fhir: exported("Observation.where(category.coding.where(code = 'what-matters').exists()).valueString"),
  },
  {
    id: 'option',
    prsb: sdm('R', ...OPTIONS, 'Option entry', 'Free text'),
    note: 'options: Option',
    plan: 'choices',
    fhir: notExported(NEXT),
  },
  {
    id: 'option-risks',
    prsb: sdm('R', ...OPTIONS, 'Risks communication entry', 'Free text'),
    note: 'options: Option (its cons)',
    plan: 'choices',
    fhir: notExported(NEXT),
  },
  {
    id: 'option-benefits',
    prsb: sdm('R', ...OPTIONS, 'Benefits entry', 'Free text'),
    note: 'options: Option (its pros)',
    plan: 'choices',
    fhir: notExported(NEXT),
  },
  {
    id: 'decision-tool-id',
    prsb: sdm('R', ...TOOL, 'Decision support tool identifier'),
    note: 'options: the grid line',
    plan: '—',
    fhir: exported(decisionActivity('detail.instantiatesUri')),
  },
  {
    id: 'decision-tool-name',
    prsb: sdm('R', ...TOOL, 'Decision support tool name', 'Free text'),
    note: 'options: the grid line',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'decision',
    prsb: sdm('R', ...DIALOGUE, 'Recording the decision', 'Decision entry', 'Free text'),
    note: 'decision: Decision',
    plan: 'decision',
    fhir: exported(decisionActivity('detail.description')),
  },
  {
    id: 'decision-review',
    prsb: sdm('R', ...DIALOGUE, 'Recording the decision', 'Planned review date/interval'),
    note: 'follow-up: Review',
    plan: 'next',
    fhir: exported('Goal.target.dueDate'),
  },
  {
    id: 'why-chosen',
    prsb: null,
    note: 'decision: Rationale (patient); options: What mattered',
    plan: 'decision',
    fhir: exported('CarePlan.note.text'),
  },
  {
    id: 'actions-for-professionals',
    prsb: sdm('none', 'Shared decision point', 'Post-discussion actions', 'Actions for professionals'),
    note: 'responsibilities: Clinician',
    plan: 'who-does-what',
    fhir: exported("CarePlan.activity.where(detail.code.text = 'Who does what').detail.description"),
  },
  {
    id: 'consent',
    prsb: sdm('none', 'Consent form details'),
    note: '—',
    plan: '—',
    fhir: notCaptured('not captured: Cocreate records a shared decision, not consent to a procedure'),
  },
  // Personalised Care and Support Plan.
  {
    id: 'person-demographics',
    prsb: pcsp('M', 'Person demographics'),
    note: 'summary: Patient ref',
    plan: '—',
    fhir: notCaptured(
      "out of scope by design: Cocreate never holds a person's name, date of birth, address or NHS number (docs/privacy.md); the EHR the plan goes into holds them, and the export names the person only by the clinician's local reference",
    ),
  },
  {
    id: 'gp-practice',
    prsb: pcsp('R', 'GP practice', 'GP practice record entry', 'GP practice details'),
    note: 'summary: Clinician',
    plan: 'written-by',
    fhir: notExported(NEXT),
  },
  {
    id: 'gp-practice-identifier',
    prsb: pcsp('M', 'GP practice', 'GP practice record entry', 'GP practice identifier'),
    note: '—',
    plan: '—',
    fhir: notCaptured("not captured: Settings hold the practice's name and telephone, not its ODS code"),
  },
  {
    id: 'most-important',
    prsb: pcsp('R', 'About me', 'What is most important to me', 'What is most important to me'),
    note: 'agenda: What matters',
    plan: 'what-matters',
    fhir: exported("Observation.where(category.coding.where(code = 'what-matters').exists()).valueString"),
  },
  {
    id: 'how-i-communicate',
    prsb: pcsp(
      'R',
      'About me',
      'How I communicate and how to communicate with me',
      'How I communicate and how to communicate with me',
    ),
    note: 'summary: Reasonable adjustments',
    plan: '—',
    fhir: notExported(NEXT),
  },
  {
    id: 'personal-contacts',
    prsb: pcsp('R', 'Personal contacts'),
    note: '—',
    plan: '—',
    fhir: notCaptured(
      'not captured: Cocreate keeps no list of the person’s contacts; someone who helps is named with the action they take',
    ),
  },
  {
    id: 'need',
    prsb: pcsp('R', ...PLAN, 'Needs, concerns or problems', 'Free text'),
    note: 'options: Problem, Care aim',
    plan: 'choices',
    fhir: exported('CarePlan.description'),
  },
  {
    id: 'goal',
    // PRSB's model spells this one element's name with a trailing space.
    prsb: pcsp('R', ...GOALS, 'Free text '),
    note: 'goal: Goal, Baseline',
    plan: 'goal',
    fhir: exported('Goal.description.text'),
  },
  {
    id: 'goal-importance',
    prsb: pcsp('R', ...GOALS, 'Goal importance score'),
    note: 'agenda: Importance',
    plan: 'confidence',
    fhir: exported("Observation.where(code.coding.code = 'importance').value"),
  },
  {
    id: 'first-action',
    prsb: pcsp('R', ...ACTIONS, 'What', 'Free text'),
    note: 'goal: First action',
    plan: 'first-step',
    fhir: exported("CarePlan.activity.where(detail.code.text = 'First action').detail.description"),
  },
  {
    id: 'first-action-when',
    prsb: pcsp('R', ...ACTIONS, 'When'),
    note: 'goal: When / how often',
    plan: 'first-step',
    fhir: exported("CarePlan.activity.where(detail.code.text = 'First action').detail.scheduledString"),
  },
  {
    id: 'who-does-what',
    prsb: pcsp('R', ...ACTIONS, 'Who', 'Name'),
    note: 'responsibilities',
    plan: 'who-does-what',
    fhir: exported("CarePlan.activity.where(detail.code.text = 'Who does what').detail.performer.display"),
  },
  {
    id: 'brief-intervention',
    prsb: pcsp('R', ...ACTIONS, 'What', 'Free text'),
    note: 'follow-up: Brief intervention',
    plan: 'next',
    fhir: exported("CarePlan.activity.where(detail.code.text = 'Brief intervention').detail.description"),
  },
  {
    id: 'referrals',
    prsb: pcsp('R', ...ACTIONS, 'What', 'Free text'),
    note: 'follow-up: Referrals, Interventions, Support',
    plan: 'next',
    fhir: notExported(NEXT),
  },
  {
    id: 'way-round',
    prsb: pcsp('R', ...ACTIONS, 'Suggested strategies'),
    note: 'goal: Barrier → way round',
    plan: 'barriers',
    fhir: exported("Observation.where(code.coding.code = '811791000000103').note.text"),
  },
  {
    id: 'confidence',
    prsb: pcsp('R', ...ACTIONS, 'Confidence'),
    note: 'goal: Confidence; agenda: Confidence',
    plan: 'confidence',
    fhir: exported("Observation.where(code.coding.code = 'confidence' and focus.exists()).value"),
  },
  {
    id: 'goal-status',
    prsb: pcsp('R', ...GOALS, 'Goal status'),
    note: 'review: Goal attainment',
    plan: 'since-last-time',
    fhir: notExported('not yet exported: goal attainment at review lands with the plan document export'),
  },
  {
    id: 'goal-outcomes',
    prsb: pcsp('R', ...GOALS, 'Outcomes', 'Free text'),
    note: 'review: Patient measure now … Next step',
    plan: 'since-last-time',
    fhir: notExported('not yet exported: the review lands with the plan document export'),
  },
  {
    id: 'plan-review-date',
    prsb: pcsp('R', ...PLAN, 'Planned review date/interval'),
    note: 'follow-up: Review, EHR recall to set',
    plan: 'next',
    fhir: exported('Goal.target.dueDate'),
  },
  {
    id: 'plan-updated',
    prsb: pcsp('R', ...PLAN, 'Date this plan was last updated'),
    note: 'summary: Date',
    plan: 'written-by',
    fhir: exported('CarePlan.created'),
  },
  {
    id: 'safety-netting',
    prsb: pcsp('R', ...CONTINGENCY, 'What should happen', 'Free text'),
    note: 'follow-up: Safety-netting advice given, Way back in',
    plan: 'get-help',
    fhir: notExported(NEXT),
  },
  {
    id: 'trigger-factors',
    prsb: pcsp('M', ...CONTINGENCY, 'Trigger factors'),
    note: 'follow-up: Safety-netting advice given',
    plan: 'get-help',
    fhir: notCaptured(
      'not captured apart: each safety-netting line says the sign to watch for and what to do in one sentence',
    ),
  },
  {
    id: 'who-to-contact',
    prsb: pcsp('R', ...CONTINGENCY, 'Who should be contacted', 'Contact details'),
    note: 'follow-up: Contact',
    plan: 'contact',
    fhir: exported('CarePlan.note.text'),
  },
  // Cocreate lines no PRSB element asks for.
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
    note: 'information: Needed, Daily impact',
    plan: 'before-we-decide',
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
    note: 'understanding: Teach-back, Commitment (patient), SURE',
    plan: 'commitment',
    fhir: notExported(NEXT),
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
