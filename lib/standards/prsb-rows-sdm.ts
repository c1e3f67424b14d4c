import { exported, notCaptured, notExported, NEXT, option, sdm, section, type PrsbRow } from './prsb-row';

/** Rows of the PRSB mapping for the Shared Decision Making standard. */

const CONTACT = ['Contacts with professionals', 'Contacts with professionals record entry'];
const DIALOGUE = ['Shared decision point', 'Discussion actions', 'Decision dialogue (deliberation)'];
const OPTIONS = [...DIALOGUE, 'Options discussed'];
const TOOL = [...DIALOGUE, 'Decision support tool item entry'];

const decisionActivity = (then: string) =>
  `CarePlan.activity.where(detail.code.text = 'Shared decision').${then}`;

export const SDM_ROWS: readonly PrsbRow[] = [
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
    fhir: exported("CarePlan.note.where(text.startsWith('Consultation method: ')).text"),
  },
  {
    id: 'person-accompanying',
    prsb: sdm('R', ...CONTACT, 'Person accompanying patient'),
    note: 'summary: Contact',
    plan: '—',
    fhir: exported(section('contact-with-professionals')),
  },
  {
    id: 'interpreter',
    prsb: sdm('R', ...CONTACT, 'Use of an interpreter'),
    note: 'summary: Contact',
    plan: '—',
    fhir: exported(section('contact-with-professionals')),
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
    fhir: exported(decisionActivity('outcomeCodeableConcept.coding.display')),
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
    fhir: exported("CarePlan.note.where(text.startsWith('People involved')).text"),
  },
  {
    id: 'patient-agenda',
    prsb: sdm('none', ...DIALOGUE, 'Shared agenda setting', 'Patient agenda'),
    note: 'agenda: Patient agenda',
    plan: 'talked-about',
    fhir: exported("CarePlan.note.where(text.startsWith('Patient\\'s agenda: ')).text"),
  },
  {
    id: 'clinician-agenda',
    prsb: sdm('none', ...DIALOGUE, 'Shared agenda setting', 'Clinician agenda'),
    note: 'agenda: Clinician agenda',
    plan: 'talked-about',
    fhir: exported("CarePlan.note.where(text.startsWith('Clinician\\'s agenda: ')).text"),
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
    fhir: exported(option('valueString')),
  },
  {
    id: 'option-risks',
    prsb: sdm('R', ...OPTIONS, 'Risks communication entry', 'Free text'),
    note: 'options: Option (its cons)',
    plan: 'choices',
    fhir: exported(option("component.where(code.text = 'Risk').valueString")),
  },
  {
    id: 'option-benefits',
    prsb: sdm('R', ...OPTIONS, 'Benefits entry', 'Free text'),
    note: 'options: Option (its pros)',
    plan: 'choices',
    fhir: exported(option("component.where(code.text = 'Benefit').valueString")),
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
    fhir: exported(option('method.text')),
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
    fhir: exported('CarePlan.period.end'),
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
];
