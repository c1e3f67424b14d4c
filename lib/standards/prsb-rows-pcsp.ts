import { attainment, exported, notCaptured, pcsp, section, type PrsbRow } from './prsb-row';

/** Rows of the PRSB mapping for the Personalised Care and Support Plan standard. */

const PLAN = ['Care and support plan'];
const GOALS = [...PLAN, 'Needs, concerns or problems', 'Goals and hopes'];
const ACTIONS = [...GOALS, 'Actions and activities'];
const CONTINGENCY = ['Contingency/safety plans'];
const COMMUNICATE = 'How I communicate and how to communicate with me';
const HOW_I_COMMUNICATE = pcsp('R', 'About me', COMMUNICATE, COMMUNICATE);

export const PCSP_ROWS: readonly PrsbRow[] = [
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
    fhir: exported('Organization.name'),
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
    prsb: HOW_I_COMMUNICATE,
    note: 'summary: Reasonable adjustments',
    plan: '—',
    fhir: exported(section('reasonable-adjustments-for-health-and-care-access')),
  },
  {
    // PRSB: "Include your preferred language of communication"; the language the plan is asked in.
    id: 'plan-language',
    prsb: HOW_I_COMMUNICATE,
    note: 'summary: Reasonable adjustments',
    plan: '—',
    fhir: exported("CarePlan.note.where(text.startsWith('Language of the patient\\'s plan: ')).text"),
  },
  {
    id: 'communication-needs',
    prsb: HOW_I_COMMUNICATE,
    note: 'summary: Reasonable adjustments',
    plan: '—',
    fhir: exported("CarePlan.note.where(text.startsWith('Communication needs: ')).text"),
  },
  {
    // PRSB: "Include how you like to receive information".
    id: 'large-print',
    prsb: HOW_I_COMMUNICATE,
    note: 'summary: Reasonable adjustments',
    plan: '—',
    fhir: exported("CarePlan.note.where(text.startsWith('Large print: ')).text"),
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
    // How often is part of PRSB's "When"; written apart from when so that each reads back as typed.
    id: 'first-action-how-often',
    prsb: pcsp('R', ...ACTIONS, 'When'),
    note: 'goal: When / how often',
    plan: 'first-step',
    fhir: exported("CarePlan.note.where(text.startsWith('How often (first step): ')).text"),
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
    fhir: exported(
      "CarePlan.activity.where(detail.code.text = 'Referral' or detail.code.text = 'Intervention').detail.description",
    ),
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
    fhir: exported(attainment('valueCodeableConcept.text')),
  },
  {
    id: 'goal-outcomes',
    prsb: pcsp('R', ...GOALS, 'Outcomes', 'Free text'),
    note: 'review: Patient measure now … Next step',
    plan: 'since-last-time',
    fhir: exported(attainment('component.valueString')),
  },
  {
    id: 'plan-review-date',
    prsb: pcsp('R', ...PLAN, 'Planned review date/interval'),
    note: 'follow-up: Review, EHR recall to set',
    plan: 'next',
    fhir: exported('CarePlan.period.end'),
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
    fhir: exported('CarePlan.note.text'),
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
];
