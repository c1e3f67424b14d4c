import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  Organization,
  Practitioner,
  Reference,
} from '@medplum/fhirtypes';
import type { Consultation } from '../domain/consultation';
import type { AgreedPlan } from '../plan/agreed-plan';
import { buildAgreedPlan } from '../plan/build-agreed-plan';
import { noteTitle } from '../plan/clinician-note';
import { clean, list } from '../domain/read-values';
import type { PlanContext } from '../plan/plan-types';
import { CARE_PLAN, PATIENT_REFERRAL } from './codes/snomed';
import { UK_CORE_CAREPLAN, URI_SYSTEM } from './fhir-codes';
import { briefInterventionActivities, briefInterventionLines } from './fhir-brief-interventions';
import { coded } from './fhir-coding';
import { communicationNotes } from './fhir-communication';
import { compositionResource } from './fhir-composition';
import { decisionActivity } from './fhir-decision';
import { documentReferenceResource } from './fhir-document-reference';
import { ACTIVITY, FORMAT_SOURCE, PLAN_NOTE } from './fhir-format';
import { goalResource } from './fhir-goal';
import { informationNeededActivities } from './fhir-information-needed';
import { consultationNotes, planNotes } from './fhir-care-plan-notes';
import { sealed } from './fhir-sealed-document';
import { consultationObservations } from './fhir-observations';
import { optionObservations } from './fhir-options';
import { compact, instant, isoDate, note, patientRef, writtenAt } from './fhir-parts';
import { practiceResource, problemResource } from './fhir-practice';
import { withNarrative, type WrittenResource } from './fhir-resource-narrative';
import { reviewObservation } from './fhir-review';
import { stableUuid } from './stable-uuid';

// Type-only imports from @medplum/fhirtypes: nothing from medplum ships in the extension.
// The mapping of every field to FHIR and to the PRSB standards: docs/standards.md.

function carePlanStatus(c: Consultation): CarePlan['status'] {
  if (c.status === 'closed') return 'completed';
  return c.status === 'agreed' ? 'active' : 'draft';
}

/** The review of the plan, dated, whether or not a goal was typed. */
function reviewActivity(plan: AgreedPlan): CarePlanActivity[] {
  if (!plan.reviewDate) return [];
  const day = isoDate(plan.reviewDate);
  return [
    {
      detail: compact({
        code: { text: ACTIVITY.review },
        status: 'scheduled' as const,
        scheduledPeriod: day ? { start: day } : undefined,
        scheduledString: day ? undefined : plan.reviewDate,
      }),
    },
  ];
}

const todo = (text: string, description: string, referral: boolean): CarePlanActivity => ({
  detail: {
    code: referral ? coded(PATIENT_REFERRAL, text) : { text },
    status: 'not-started',
    description,
  },
});

function plannedActivities(c: Consultation): CarePlanActivity[] {
  const a = c.agreement;
  const first: CarePlanActivity[] = clean(a.firstAction)
    ? [
        {
          detail: compact({
            code: { text: ACTIVITY.firstAction },
            status: 'not-started' as const,
            description: clean(a.firstAction),
            // When as typed; how often is a labelled note of its own (planNotes), so each reads back.
            scheduledString: clean(a.when) || undefined,
            performer: [patientRef(c)],
          }),
        },
      ]
    : [];
  const tasks = list(a.responsibilities)
    .filter((r) => clean(r.task))
    .map((r): CarePlanActivity => ({
      detail: {
        code: { text: ACTIVITY.task },
        status: 'not-started',
        description: clean(r.task),
        performer: [
          r.who === 'patient'
            ? patientRef(c)
            : { display: r.who === 'clinician' ? 'Clinician' : clean(r.otherName) || 'Other' },
        ],
      },
    }));
  const i = c.implementation;
  const follow = [
    ...(clean(i.referrals) ? [todo(ACTIVITY.referral, clean(i.referrals), true)] : []),
    ...(clean(i.interventions) ? [todo(ACTIVITY.intervention, clean(i.interventions), false)] : []),
    ...(clean(i.support) ? [todo(ACTIVITY.support, clean(i.support), false)] : []),
  ];
  return [...first, ...tasks, ...briefInterventionActivities(c), ...follow];
}

/** The consultation's agreed plan as a FHIR document (below). */
export function buildFhirBundle(c: Consultation, ctx: PlanContext): Bundle {
  return fhirBundleFrom(buildAgreedPlan(c, ctx));
}

const urn = (id: string) => `urn:uuid:${id}`;

/**
 * The agreed-plan document as a FHIR R4 document Bundle: a Composition first (sections under
 * PCSP and SDM headings, each with narrative), a UK Core CarePlan, a base R4 Goal in the patient's
 * words, a problem-list Condition, the GP practice, Observations (the PCO IG's readiness, what
 * matters and barriers; each option discussed with its benefits and risks; coded measures; the
 * review), and a DocumentReference carrying the patient's plan in each language. Every resource
 * has a generated narrative; references are urn:uuid full URLs. Stable: the same document always
 * gives the same bundle.
 */
export function fhirBundleFrom(plan: AgreedPlan): Bundle {
  return fhirDocumentFrom(plan).bundle;
}

/**
 * The document as its file holds it: the sealed bundle's JSON (compact), the same text as
 * JSON.stringify of fhirBundleFrom's bundle, made without writing the document out a second time.
 */
export function fhirJsonFrom(plan: AgreedPlan): string {
  return fhirDocumentFrom(plan).json;
}

function fhirDocumentFrom(plan: AgreedPlan): { bundle: Bundle; json: string } {
  const { source: c, context: ctx } = plan;
  const id = (kind: string) => stableUuid(`${kind}:${c.id}`);
  const planId = id('careplan');
  const goalId = id('goal');
  const hasGoal = clean(c.agreement.goal) !== '';
  const goalUrl = hasGoal ? urn(goalId) : null;
  const obs = consultationObservations(c, goalUrl, ctx.date);
  const options = optionObservations(plan);
  const review = reviewObservation(plan);
  const whatMatters = obs.about.filter((o) => o.resource.valueString !== undefined).map((o) => o.fullUrl);
  const goal = goalResource(c, goalId, ctx.date, whatMatters);
  const created = writtenAt(ctx.date);
  const subject = patientRef(c);
  const practice = practiceResource(plan, id('practice'));
  const practiceUrl = practice ? urn(practice.id!) : null;
  const problem = problemResource(plan, id('problem'), subject, created);
  const problemUrl = problem ? urn(problem.id!) : null;
  const clinician = [clean(ctx.settings.clinicianName), clean(ctx.settings.clinicianRole)]
    .filter(Boolean)
    .join(', ');
  const practiceRef: Reference<Organization> | undefined = practice
    ? { reference: practiceUrl!, display: practice.name }
    : undefined;
  // The document needs an author: the clinician, else the practice, else said plainly.
  const author: Reference<Organization | Practitioner> = clinician
    ? { display: clinician }
    : (practiceRef ?? { display: 'Clinician not named in Settings' });
  const aims = list(c.options.careAims);
  const reviewDay = isoDate(plan.reviewDate);
  const carePlan = compact<CarePlan>({
    resourceType: 'CarePlan',
    id: planId,
    meta: { profile: [UK_CORE_CAREPLAN] },
    identifier: [{ system: URI_SYSTEM, value: urn(planId) }],
    status: carePlanStatus(c),
    intent: 'plan',
    category: [coded(CARE_PLAN, 'Personalised care and support plan')],
    // The title follows the status, as the note's does: DRAFT until the plan is agreed (docs/plan-truth.md).
    title: noteTitle(plan),
    description:
      [clean(c.options.problem), aims.length ? `Care aim: ${aims.join(', ')}` : '']
        .filter(Boolean)
        .join('. ') || undefined,
    subject,
    // The plan runs until its review, with or without a goal.
    period: reviewDay ? { end: reviewDay } : undefined,
    created,
    author: clinician ? { display: clinician } : undefined,
    addresses: problemUrl ? [{ reference: problemUrl }] : undefined,
    goal: goalUrl ? [{ reference: goalUrl }] : undefined,
    supportingInfo: [...obs.about, ...options, ...review].map((o) => ({ reference: o.fullUrl })),
    activity: [
      decisionActivity(plan),
      ...plannedActivities(c),
      ...informationNeededActivities(c),
      ...reviewActivity(plan),
    ],
    note: [
      ...note(clean(c.agreement.rationale) ? `${PLAN_NOTE.rationale}${clean(c.agreement.rationale)}` : ''),
      ...note(
        clean(c.options.whatMattered) ? `${PLAN_NOTE.whatMattered}${clean(c.options.whatMattered)}` : '',
      ),
      ...note(clean(c.agreement.contact) ? `${PLAN_NOTE.contact}${clean(c.agreement.contact)}` : ''),
      ...note(clean(c.agreement.howOften) ? `${PLAN_NOTE.howOften}${clean(c.agreement.howOften)}` : ''),
      ...consultationNotes(c).flatMap(note),
      ...communicationNotes(c).flatMap(note),
      ...briefInterventionLines(c).flatMap(note),
      ...planNotes(plan).flatMap(note),
    ],
  });
  const parts = { author, subject, custodian: practiceRef };
  const composition = compositionResource(
    plan,
    { ...parts, id: id('composition'), title: carePlan.title!, date: created ?? '' },
    {
      carePlan: urn(planId),
      goal: goalUrl,
      condition: problemUrl,
      practice: practiceUrl,
      about: obs.about.map((o) => o.fullUrl),
      goalObservations: [...obs.goal, ...obs.baseline].map((o) => o.fullUrl),
      options: options.map((o) => o.fullUrl),
      review: review.map((o) => o.fullUrl),
    },
  );
  const documentId = id('document');
  const resources: [string, WrittenResource | null][] = [
    [urn(composition.id!), composition],
    [urn(planId), carePlan],
    [goalUrl ?? '', goal],
    [problemUrl ?? '', problem],
    [practiceUrl ?? '', practice],
    ...[...obs.about, ...obs.goal, ...obs.baseline, ...options, ...review].map(
      (o): [string, WrittenResource] => [o.fullUrl, o.resource],
    ),
    [urn(documentId), documentReferenceResource(plan, documentId, { ...parts, created })],
  ];
  const entries: BundleEntry[] = resources.flatMap(([fullUrl, resource]) =>
    resource ? [{ fullUrl, resource: withNarrative(resource) }] : [],
  );
  return sealed(
    compact<Bundle>({
      resourceType: 'Bundle',
      meta: { source: FORMAT_SOURCE },
      identifier: { system: URI_SYSTEM, value: urn(id('bundle')) },
      type: 'document',
      // A document must be dated: the moment written, or the start of the day when only the day is known.
      timestamp: instant(created) ?? (created ? `${created}T00:00:00Z` : undefined),
      entry: entries,
    }),
    ctx.signingKey,
  );
}
