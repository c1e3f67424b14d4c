import * as v from 'valibot';
import type { EarlierDecision } from '../continuity/earlier-plan-details';
import type { EarlierPlanSummary, ReadEarlierPlan } from '../continuity/earlier-plan-summary';
import {
  BundleEnvelope,
  CarePlanShape,
  GoalShape,
  ObservationShape,
  type CarePlanRead,
  type GoalRead,
  type ObservationRead,
} from './fhir-bundle-schema';
import { CATEGORY, GOAL_BARRIER_CODE, READINESS_CODE, UK_CORE_CAREPLAN } from './fhir-codes';
import {
  ACTIVITY,
  DECISION_OUTCOME,
  FORMAT_SOURCE,
  FORMAT_SOURCE_PREFIX,
  FORMAT_VERSION,
  GRID_URI_PREFIX,
  LOCAL_PATIENT_SYSTEM,
} from './fhir-format';
import { bundleIntegrity, bundleSignature } from './fhir-integrity';
import { isoDate } from './fhir-parts';
import { Damaged, parse } from './read-fhir-damage';
import { readPlanDetails } from './read-fhir-details';

/** Largest file read (a Cocreate bundle is a few kilobytes; anything this big is not one). */
export const MAX_FHIR_FILE_CHARS = 1_000_000;

const NOTHING = 'Nothing was changed.';
export const FHIR_READ_ERRORS = {
  empty: `The file is empty. ${NOTHING}`,
  tooBig: `This file is too big to be a Cocreate plan. ${NOTHING}`,
  notJson: `This file is not a FHIR file Cocreate can read (it is not JSON). ${NOTHING}`,
  notBundle: `This file is not a FHIR bundle of an agreed plan. ${NOTHING}`,
  foreign: `This FHIR bundle was not written by Cocreate, so its plan cannot be read safely. ${NOTHING}`,
  version: `This bundle was written by a different version of Cocreate and cannot be read here. ${NOTHING}`,
  noPlan: `This bundle has no agreed plan (no UK Core CarePlan) in it. ${NOTHING}`,
  withdrawn: `This plan was withdrawn, put on hold or marked as entered in error, so it is not a baseline. ${NOTHING}`,
  damaged: `Part of this bundle is damaged or has been changed, so it cannot be trusted. ${NOTHING}`,
} as const;

const fail = (error: string): ReadEarlierPlan => ({ ok: false, error });

const hasCoding = (o: ObservationRead, system: string, code: string, where: 'code' | 'category') =>
  (where === 'code' ? [o.code] : (o.category ?? [])).some((c) =>
    (c.coding ?? []).some((x) => x.system === system && x.code === code),
  );

/** A 0–10 score from valueInteger or a plain valueQuantity; anything else is damage. */
function outOf10(o: ObservationRead): number {
  const value = o.valueInteger ?? o.valueQuantity?.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10) throw new Damaged();
  return value;
}

/** A measure's value as typed: words, a number, or systolic/diastolic from a blood pressure's parts. */
function measureValue(o: ObservationRead): string {
  const parts = (o.component ?? []).map((c) => c.valueQuantity?.value);
  if (parts.length) {
    if (parts.length !== 2 || parts.some((p) => typeof p !== 'number')) throw new Damaged();
    return parts.join('/');
  }
  return o.valueString ?? (typeof o.valueQuantity?.value === 'number' ? String(o.valueQuantity.value) : '');
}

const measureUnit = (o: ObservationRead): string =>
  o.valueString === undefined
    ? (o.valueQuantity?.unit ?? o.component?.[0]?.valueQuantity?.unit ?? '').trim()
    : '';

function grid(uri: string | undefined): EarlierPlanSummary['grid'] {
  if (uri === undefined) return null;
  if (!uri.startsWith(GRID_URI_PREFIX)) throw new Damaged();
  const parts = uri.slice(GRID_URI_PREFIX.length).split(':');
  if (parts.length !== 2) throw new Damaged();
  const [id, version] = parts.map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      throw new Damaged();
    }
  });
  if (!id || !/^[a-z0-9][a-z0-9-]{0,79}$/.test(id) || (version ?? '').length > 40) throw new Damaged();
  return { id, version: version ?? '' };
}

/** The shared decision activity: what was chosen, or that there was no treatment or no decision yet. */
function decision(plan: CarePlanRead) {
  const found = (plan.activity ?? []).filter((a) => a.detail?.code?.text === ACTIVITY.decision);
  if (found.length !== 1) throw new Damaged();
  const activity = found[0]!;
  const outcome = activity.outcomeCodeableConcept?.[0]?.text;
  const kind = (Object.keys(DECISION_OUTCOME) as EarlierDecision[]).find(
    (k) => DECISION_OUTCOME[k] === outcome,
  );
  if (!kind) throw new Damaged();
  const uris = activity.detail?.instantiatesUri ?? [];
  if (uris.length > 1) throw new Damaged();
  const decideBy = activity.detail?.scheduledPeriod?.end;
  if (decideBy !== undefined && !isoDate(decideBy)) throw new Damaged();
  return {
    kind,
    described: (activity.detail?.description ?? '').trim(),
    decideBy: kind === 'notDecided' ? (decideBy ?? '') : '',
    grid: grid(uris[0]),
  };
}

/** The review date: the goal's due date, or the dated review activity when no goal was typed. */
function reviewDate(plan: CarePlanRead, goal: GoalRead | null): string {
  const review = (plan.activity ?? []).filter((a) => a.detail?.code?.text === ACTIVITY.review);
  if (review.length > 1) throw new Damaged();
  const due =
    (goal?.target ?? []).map((t) => t.dueDate).find(Boolean) ?? review[0]?.detail?.scheduledPeriod?.start;
  if (due !== undefined && !isoDate(due)) throw new Damaged();
  return due ?? '';
}

/** Active or completed is an agreed plan; draft stays a draft; anything else is not a baseline. */
function statusOf(plan: CarePlanRead): EarlierPlanSummary['status'] | null {
  if (plan.status === 'draft') return 'draft';
  return plan.status === 'active' || plan.status === 'completed' ? 'agreed' : null;
}

/** The local reference the plan names as its subject (never an NHS number), or ''. */
function subjectOf(plan: CarePlanRead): string {
  const id = plan.subject?.identifier;
  const ref = id?.system === LOCAL_PATIENT_SYSTEM ? (id.value ?? '') : (plan.subject?.display ?? '');
  return ref.trim() === 'unknown' ? '' : ref.trim();
}

function read(
  bundle: v.InferOutput<typeof BundleEnvelope>,
  integrity: EarlierPlanSummary['integrity'],
  signature: Pick<EarlierPlanSummary, 'signature'>,
): ReadEarlierPlan {
  const byUrl = new Map<string, unknown>();
  for (const entry of bundle.entry) {
    if (byUrl.has(entry.fullUrl)) throw new Damaged();
    byUrl.set(entry.fullUrl, entry.resource);
  }
  const plans = bundle.entry.filter((e) => e.resource.resourceType === 'CarePlan');
  if (plans.length === 0) return fail(FHIR_READ_ERRORS.noPlan);
  if (plans.length > 1) throw new Damaged();
  const plan = parse(CarePlanShape, plans[0]!.resource);
  if (!plan.meta.profile.includes(UK_CORE_CAREPLAN)) return fail(FHIR_READ_ERRORS.noPlan);
  const status = statusOf(plan);
  if (status === null) return fail(FHIR_READ_ERRORS.withdrawn);

  const goalRefs = plan.goal ?? [];
  if (goalRefs.length > 1) throw new Damaged();
  const goalUrl = goalRefs[0]?.reference ?? null;
  const goal = goalUrl === null ? null : parse(GoalShape, byUrl.get(goalUrl));

  // Every observation is one of: the agenda's (named as supporting information), the agreed
  // confidence, a barrier, or a baseline measure (named by the Goal when there is one).
  const aboutUrls = new Set((plan.supportingInfo ?? []).map((r) => r.reference ?? ''));
  const observations = bundle.entry
    .filter((e) => e.resource.resourceType === 'Observation')
    .map((e) => ({ url: e.fullUrl, o: parse(ObservationShape, e.resource) }));
  if ([...aboutUrls].some((url) => !observations.some((x) => x.url === url))) throw new Damaged();
  const about = observations.filter((x) => aboutUrls.has(x.url)).map((x) => x.o);
  const rest = observations.filter((x) => !aboutUrls.has(x.url));
  const confidences = rest.filter((x) =>
    hasCoding(x.o, READINESS_CODE.confidence.system, READINESS_CODE.confidence.code, 'code'),
  );
  const barriers = rest.filter((x) =>
    hasCoding(x.o, GOAL_BARRIER_CODE.system, GOAL_BARRIER_CODE.code, 'code'),
  );
  const baseline = rest.filter((x) => !confidences.includes(x) && !barriers.includes(x));
  const own = baseline.filter((x) =>
    hasCoding(x.o, CATEGORY.survey.system, CATEGORY.survey.code, 'category'),
  );
  const clinical = baseline.filter((x) => !own.includes(x));
  if (confidences.length > 1 || own.length > 1 || clinical.length > 1) throw new Damaged();
  const addressed = (goal?.addresses ?? []).map((r) => r.reference ?? '');
  if (addressed.some((url) => !observations.some((x) => x.url === url))) throw new Damaged();
  const ownMeasure = own[0]?.o;
  const clinicalMeasure = clinical[0]?.o;
  const clinicalValue = clinicalMeasure ? measureValue(clinicalMeasure) : '';
  if (clinicalMeasure && !clinicalValue) throw new Damaged();

  const agreedOn = plan.created === undefined ? '' : (isoDate(plan.created) ?? '');
  if (plan.created !== undefined && !agreedOn) throw new Damaged();
  const first = (plan.activity ?? []).find((a) => a.detail?.code?.text === ACTIVITY.firstAction);
  const decided = decision(plan);

  const summary: EarlierPlanSummary = {
    source: 'fhir',
    formatVersion: FORMAT_VERSION,
    patientRef: subjectOf(plan),
    status,
    integrity,
    ...signature,
    agreedOn,
    goal: goal?.description.text.trim() ?? '',
    firstAction: (first?.detail?.description ?? '').trim(),
    chosenOption: decided.kind === 'chosen' ? decided.described : '',
    noTreatment: decided.kind === 'noTreatment',
    grid: decided.grid,
    patientMeasureLabel: ownMeasure?.code.text?.trim() ?? '',
    patientMeasure: ownMeasure ? outOf10(ownMeasure) : null,
    clinicalLabel: clinicalMeasure?.code.text?.trim() ?? '',
    clinicalValue: clinicalValue.trim(),
    clinicalUnit: clinicalMeasure ? measureUnit(clinicalMeasure) : '',
    confidence: confidences[0] ? outOf10(confidences[0].o) : null,
    followUpDate: reviewDate(plan, goal),
    details: readPlanDetails(
      plan,
      { ...decided, gridId: decided.grid?.id ?? '' },
      { about, barriers: barriers.map((x) => x.o), all: observations.map((x) => x.o) },
    ),
  };
  return { ok: true, summary };
}

/**
 * Reads a Cocreate FHIR bundle file (docs/standards.md, "Reading back") into the summary the review
 * step shows for confirmation. Total and pure: any other input gives a plain-words reason and the
 * caller changes nothing. The file is parsed as data: nothing in it is run, fetched or trusted.
 * With the practice's signing key (set by policy), the result also says whether the file carries
 * the practice's signature.
 */
export function readFhirBundle(text: unknown, signingKey = ''): ReadEarlierPlan {
  if (typeof text !== 'string' || text.trim() === '') return fail(FHIR_READ_ERRORS.empty);
  if (text.length > MAX_FHIR_FILE_CHARS) return fail(FHIR_READ_ERRORS.tooBig);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(FHIR_READ_ERRORS.notJson);
  }
  const kind = v.safeParse(v.looseObject({ resourceType: v.literal('Bundle') }), json);
  if (!kind.success) return fail(FHIR_READ_ERRORS.notBundle);
  const source = v.safeParse(v.looseObject({ meta: v.looseObject({ source: v.string() }) }), json);
  if (!source.success || !source.output.meta.source.startsWith(FORMAT_SOURCE_PREFIX)) {
    return fail(FHIR_READ_ERRORS.foreign);
  }
  if (source.output.meta.source !== FORMAT_SOURCE) return fail(FHIR_READ_ERRORS.version);
  try {
    const envelope = parse(BundleEnvelope, json);
    const signature = signingKey ? { signature: bundleSignature(envelope, signingKey) } : {};
    // The check is over the file as written (its keys in their order, nothing the schema drops).
    return read(envelope, bundleIntegrity(json as Parameters<typeof bundleIntegrity>[0]), signature);
  } catch {
    // Damaged, or anything unforeseen in a hostile file: refuse, never throw at the caller.
    return fail(FHIR_READ_ERRORS.damaged);
  }
}
