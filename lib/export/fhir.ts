import type { Bundle, BundleEntry, CarePlan, CarePlanActivity, Resource } from '@medplum/fhirtypes';
import { pickNoteLine, picksOf } from '../brief-interventions/picks';
import type { Consultation } from '../domain/consultation';
import type { AgreedPlan } from '../plan/agreed-plan';
import { buildAgreedPlan } from '../plan/build-agreed-plan';
import { noteTitle } from '../plan/clinician-note';
import { safetyNetLines } from '../plan/safety-net';
import { clean, list } from '../plan/lines';
import type { PlanContext } from '../plan/plan-types';
import { UK_CORE_CAREPLAN, URI_SYSTEM } from './fhir-codes';
import { ACTIVITY, DECISION_OUTCOME, FORMAT_SOURCE, gridUri, type DecisionKind } from './fhir-format';
import { goalResource } from './fhir-goal';
import { sealBundle } from './fhir-integrity';
import { consultationObservations } from './fhir-observations';
import { compact, instant, isoDate, note, patientRef, writtenAt } from './fhir-parts';
import { stableUuid } from './stable-uuid';

// Type-only imports from @medplum/fhirtypes: nothing from medplum ships in the extension.
// The mapping of every field to FHIR and to the PRSB standards: docs/standards.md.

function carePlanStatus(c: Consultation): CarePlan['status'] {
  if (c.status === 'closed') return 'completed';
  return c.status === 'agreed' ? 'active' : 'draft';
}

const NO_TREATMENT = 'Informed choice of no treatment at present';

/** The shared decision as the plan's first activity: the option chosen by its own name, and the grid. */
function decisionActivity(plan: AgreedPlan): CarePlanActivity {
  const d = plan.decision;
  const kind: DecisionKind =
    d.kind === 'chosen'
      ? 'chosen'
      : d.kind === 'no-treatment'
        ? 'noTreatment'
        : d.kind === 'not-decided'
          ? 'notDecided'
          : 'none';
  const grid = plan.grid;
  const description =
    kind === 'chosen' ? d.chosen.join('; ') : kind === 'noTreatment' ? NO_TREATMENT : DECISION_OUTCOME[kind];
  const decideBy = isoDate(d.decideBy);
  return {
    outcomeCodeableConcept: [{ text: DECISION_OUTCOME[kind] }],
    detail: compact({
      code: { text: ACTIVITY.decision },
      status:
        kind === 'notDecided'
          ? ('in-progress' as const)
          : kind === 'none'
            ? ('not-started' as const)
            : ('completed' as const),
      description,
      // Not decided yet: the date to decide by, as when the decision is scheduled.
      scheduledPeriod: kind === 'notDecided' && decideBy ? { end: decideBy } : undefined,
      instantiatesUri: grid && grid.id ? [gridUri(grid.id, grid.version)] : undefined,
    }),
  };
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

/** What the record needs beside the activities: options discussed, when to get help, status words. */
function planNotes(plan: AgreedPlan): string[] {
  const options = plan.decision.options;
  const words = (list: typeof options) => list.map((o) => o.label.en).join(' / ');
  const discussed = options.filter((o) => o.discussed);
  const shown = options.filter((o) => !o.discussed);
  return [
    discussed.length ? `Options discussed: ${words(discussed)}` : '',
    plan.gridNotice.en ? `Option grid used: ${plan.gridNotice.en.label}` : '',
    shown.length ? `Also on the grid, not marked as discussed: ${words(shown)}` : '',
    plan.decision.informedNoTreatment && plan.decision.kind === 'chosen'
      ? 'Informed choice of no treatment'
      : '',
    `When to get help (as given in the patient's plan): ${safetyNetLines(plan, 'en').join(' ')}`,
  ];
}

function plannedActivities(c: Consultation): CarePlanActivity[] {
  const a = c.agreement;
  const when = [clean(a.when), clean(a.howOften)].filter(Boolean).join(', ');
  const first: CarePlanActivity[] = clean(a.firstAction)
    ? [
        {
          detail: compact({
            code: { text: ACTIVITY.firstAction },
            status: 'not-started' as const,
            description: clean(a.firstAction),
            scheduledString: when || undefined,
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
  // A referral or service offered (stop smoking, exercise referral…), as the note and plan say it.
  const referrals = picksOf(c.implementation)
    .map(pickNoteLine)
    .filter(Boolean)
    .map((line): CarePlanActivity => ({
      detail: { code: { text: ACTIVITY.briefIntervention }, status: 'not-started', description: line },
    }));
  return [...first, ...tasks, ...referrals];
}

/**
 * The agreed plan as a FHIR R4 `collection` Bundle: a UK Core CarePlan, a base R4 Goal in the
 * patient's words, and Observations following the HL7 Person-Centered Outcomes IG, linked by
 * urn:uuid full URLs. Stable: the same consultation always gives the same bundle.
 */
export function buildFhirBundle(c: Consultation, ctx: PlanContext): Bundle {
  return fhirBundleFrom(buildAgreedPlan(c, ctx));
}

/** The FHIR bundle as a projection of the agreed-plan document. */
export function fhirBundleFrom(plan: AgreedPlan): Bundle {
  const { source: c, context: ctx } = plan;
  const planId = stableUuid(`careplan:${c.id}`);
  const goalId = stableUuid(`goal:${c.id}`);
  const hasGoal = clean(c.agreement.goal) !== '';
  const goalUrl = hasGoal ? `urn:uuid:${goalId}` : null;
  const obs = consultationObservations(c, goalUrl, ctx.date);
  const goal = goalResource(
    c,
    goalId,
    ctx.date,
    obs.baseline.map((o) => o.fullUrl),
  );
  const author = [clean(ctx.settings.clinicianName), clean(ctx.settings.clinicianRole)]
    .filter(Boolean)
    .join(', ');
  const created = writtenAt(ctx.date);
  const aims = list(c.options.careAims);
  const carePlan = compact<CarePlan>({
    resourceType: 'CarePlan',
    id: planId,
    meta: { profile: [UK_CORE_CAREPLAN] },
    identifier: [{ system: URI_SYSTEM, value: `urn:uuid:${planId}` }],
    status: carePlanStatus(c),
    intent: 'plan',
    category: [{ text: 'Personalised care and support plan' }],
    // The title follows the status, as the note's does: DRAFT until the plan is agreed (docs/plan-truth.md).
    title: noteTitle(plan),
    description:
      [clean(c.options.problem), aims.length ? `Care aim: ${aims.join(', ')}` : '']
        .filter(Boolean)
        .join('. ') || undefined,
    subject: patientRef(c),
    created,
    author: author ? { display: author } : undefined,
    goal: goalUrl ? [{ reference: goalUrl }] : undefined,
    supportingInfo: obs.about.map((o) => ({ reference: o.fullUrl })),
    activity: [decisionActivity(plan), ...plannedActivities(c), ...reviewActivity(plan)],
    note: [
      ...note(clean(c.agreement.rationale) ? `Why (patient): ${clean(c.agreement.rationale)}` : ''),
      ...note(
        clean(c.options.whatMattered) ? `What mattered in choosing: ${clean(c.options.whatMattered)}` : '',
      ),
      ...note(clean(c.agreement.contact) ? `Contact: ${clean(c.agreement.contact)}` : ''),
      ...planNotes(plan).flatMap(note),
    ],
  });
  const entries: BundleEntry[] = [
    { fullUrl: `urn:uuid:${planId}`, resource: carePlan },
    ...(goal && goalUrl ? [{ fullUrl: goalUrl, resource: goal as Resource }] : []),
    ...[...obs.about, ...obs.goal, ...obs.baseline].map((o) => ({
      fullUrl: o.fullUrl,
      resource: o.resource,
    })),
  ];
  return sealBundle(
    compact<Bundle>({
      resourceType: 'Bundle',
      meta: { source: FORMAT_SOURCE },
      identifier: { system: URI_SYSTEM, value: `urn:uuid:${stableUuid(`bundle:${c.id}`)}` },
      type: 'collection',
      timestamp: instant(created),
      entry: entries,
    }),
    ctx.signingKey,
  );
}
