import type {
  Annotation,
  Bundle,
  CarePlan,
  CarePlanActivity,
  Goal,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import type { Consultation } from '../domain/consultation';
import { noteTitle } from '../plan/clinician-note';
import { clean, list, score } from '../plan/lines';
import { stableUuid } from './stable-uuid';
import type { PlanContext } from '../plan/plan-types';

// Type-only imports from @medplum/fhirtypes: nothing from medplum ships in the extension.

const isoDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(clean(value)) ? clean(value) : undefined);
const note = (text: string): Annotation[] => (clean(text) ? [{ text: clean(text) }] : []);

/**
 * The patient by local reference only: the sidebar never holds an NHS number,
 * so the subject is the clinician's own reference, as an identifier plus display.
 */
function subject(c: Consultation): Reference<Patient> {
  const ref = clean(c.patientRef) || 'unknown';
  return { identifier: { system: 'urn:cocreate:local-patient-ref', value: ref }, display: ref };
}

function carePlanStatus(c: Consultation): CarePlan['status'] {
  if (c.status === 'closed') return 'completed';
  return c.status === 'agreed' ? 'active' : 'draft';
}

function goalResource(c: Consultation, ctx: PlanContext, id: string): Goal {
  const a = c.agreement;
  const b = a.baseline;
  const confidence = score(a.confidence);
  const baseline = [
    score(b.patientMeasure) === null
      ? ''
      : `${clean(b.patientMeasureLabel) || 'Patient measure'}: ${score(b.patientMeasure)}/10`,
    clean(b.clinicalValue)
      ? `${clean(b.clinicalLabel) || 'Clinical'}: ${clean(b.clinicalValue)} ${clean(b.clinicalUnit)}`.trim()
      : '',
  ].filter(Boolean);
  const due = isoDate(a.followUpDate);
  return {
    resourceType: 'Goal',
    id,
    lifecycleStatus: c.status === 'closed' ? 'completed' : 'active',
    description: { text: clean(a.goal) || clean(a.firstAction) || 'Goal not yet written' },
    subject: subject(c),
    startDate: isoDate(String(ctx.date instanceof Date ? ctx.date.toISOString() : ctx.date).slice(0, 10)),
    ...(due ? { target: [{ dueDate: due }] } : {}),
    // Confidence and barriers have no native Goal field (framework.md, "FHIR"): notes carry them.
    note: [
      ...(confidence === null ? [] : note(`Confidence: ${confidence}/10`)),
      ...note(baseline.length ? `Baseline: ${baseline.join('; ')}` : ''),
      ...list(a.barriers).flatMap((x) =>
        note(
          clean(x.barrier)
            ? `Barrier: ${clean(x.barrier)}${clean(x.wayRound) ? ` — way round: ${clean(x.wayRound)}` : ''}`
            : '',
        ),
      ),
    ],
  };
}

function activities(c: Consultation): CarePlanActivity[] {
  const a = c.agreement;
  const first = clean(a.firstAction)
    ? [
        {
          description: clean(a.firstAction),
          scheduledString: [clean(a.when), clean(a.howOften)].filter(Boolean).join(', ') || undefined,
        },
      ]
    : [];
  const tasks = list(a.responsibilities)
    .filter((r) => clean(r.task))
    .map((r) => ({
      description: clean(r.task),
      performerDisplay:
        r.who === 'patient' ? 'Patient' : r.who === 'clinician' ? 'Clinician' : clean(r.otherName) || 'Other',
    }));
  return [
    ...first.map((x) => ({
      detail: {
        status: 'not-started' as const,
        description: x.description,
        ...(x.scheduledString ? { scheduledString: x.scheduledString } : {}),
      },
    })),
    ...tasks.map((t) => ({
      detail: {
        status: 'not-started' as const,
        description: t.description,
        performer: [{ display: t.performerDisplay }],
      },
    })),
  ];
}

/**
 * The agreed plan as a FHIR R4 `collection` Bundle: one CarePlan (intent "plan")
 * and its Goal, linked by urn:uuid full URLs (issue 5, "FHIR").
 */
export function buildFhirBundle(c: Consultation, ctx: PlanContext): Bundle {
  const goalId = stableUuid(`goal:${c.id}`);
  const planId = stableUuid(`careplan:${c.id}`);
  const goalUrl = `urn:uuid:${goalId}`;
  const byId = new Map(list(c.options.options).map((o) => [o.id, clean(o.label)]));
  const chosen = list(c.agreement.chosenOptionIds)
    .map((id) => byId.get(id) ?? '')
    .filter(Boolean);
  const author = [clean(ctx.settings.clinicianName), clean(ctx.settings.clinicianRole)]
    .filter(Boolean)
    .join(', ');
  const created = ctx.date instanceof Date ? ctx.date.toISOString() : clean(ctx.date);
  const carePlan: CarePlan = {
    resourceType: 'CarePlan',
    id: planId,
    status: carePlanStatus(c),
    intent: 'plan',
    // The title follows the status, as the note's does: DRAFT until the plan is agreed.
    title: noteTitle(c),
    ...(list(c.options.careAims).length
      ? { description: `Care aim: ${list(c.options.careAims).join(', ')}` }
      : {}),
    subject: subject(c),
    ...(/^\d{4}-\d{2}-\d{2}/.test(created) ? { created } : {}),
    ...(author ? { author: { display: author } } : {}),
    goal: [{ reference: goalUrl }],
    activity: activities(c),
    note: [
      ...(c.agreement.noTreatment
        ? note('Decision: informed choice of no treatment at present')
        : note(chosen.length ? `Decision: ${chosen.join('; ')}` : '')),
      ...note(clean(c.agreement.rationale) ? `Rationale (patient): ${clean(c.agreement.rationale)}` : ''),
      ...note(
        c.options.grid ? `Option grid: ${clean(c.options.grid.title)} v${clean(c.options.grid.version)}` : '',
      ),
      ...note(isoDate(c.agreement.followUpDate) ? `Review: ${isoDate(c.agreement.followUpDate)}` : ''),
    ],
  };
  // Drop empty arrays: FHIR forbids empty elements.
  for (const key of ['activity', 'note'] as const) if (carePlan[key]?.length === 0) delete carePlan[key];
  const goal = goalResource(c, ctx, goalId);
  if (goal.note?.length === 0) delete goal.note;
  if (!goal.startDate) delete goal.startDate;
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { fullUrl: `urn:uuid:${planId}`, resource: carePlan },
      { fullUrl: goalUrl, resource: goal },
    ],
  };
}
