import * as v from 'valibot';
import type { EarlierPlanSummary, ReadEarlierPlan } from '../continuity/earlier-plan-summary';
import {
  BundleEnvelope,
  CarePlanShape,
  GoalShape,
  ObservationShape,
  type CarePlanRead,
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

class Damaged extends Error {}
function parse<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new Damaged();
  return result.output;
}

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
  const kind = (Object.keys(DECISION_OUTCOME) as (keyof typeof DECISION_OUTCOME)[]).find(
    (k) => DECISION_OUTCOME[k] === outcome,
  );
  if (!kind) throw new Damaged();
  const uris = activity.detail?.instantiatesUri ?? [];
  if (uris.length > 1) throw new Damaged();
  return {
    chosenOption: kind === 'chosen' ? (activity.detail?.description ?? '').trim() : '',
    noTreatment: kind === 'noTreatment',
    grid: grid(uris[0]),
  };
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
  // What the Goal addresses (what matters) must be in the bundle.
  for (const r of goal?.addresses ?? []) parse(ObservationShape, byUrl.get(r.reference ?? ''));

  const focused = bundle.entry
    .filter((e) => e.resource.resourceType === 'Observation')
    .map((e) => parse(ObservationShape, e.resource))
    .filter((o) => goalUrl !== null && (o.focus ?? []).some((f) => f.reference === goalUrl));
  const confidences = focused.filter((o) =>
    hasCoding(o, READINESS_CODE.confidence.system, READINESS_CODE.confidence.code, 'code'),
  );
  if (confidences.length > 1) throw new Damaged();

  // The baseline: what is measured for the goal, beside the agreed confidence and the barriers.
  const baseline = focused.filter(
    (o) =>
      !hasCoding(o, READINESS_CODE.confidence.system, READINESS_CODE.confidence.code, 'code') &&
      !hasCoding(o, GOAL_BARRIER_CODE.system, GOAL_BARRIER_CODE.code, 'code'),
  );
  const own = baseline.filter((o) => hasCoding(o, CATEGORY.survey.system, CATEGORY.survey.code, 'category'));
  const clinical = baseline.filter((o) => !own.includes(o));
  if (own.length > 1 || clinical.length > 1) throw new Damaged();
  const clinicalValue = clinical[0] ? measureValue(clinical[0]) : '';
  if (clinical[0] && !clinicalValue) throw new Damaged();

  const due = (goal?.target ?? []).map((t) => t.dueDate).find(Boolean);
  if (due !== undefined && !isoDate(due)) throw new Damaged();
  const agreedOn = plan.created === undefined ? '' : (isoDate(plan.created) ?? '');
  if (plan.created !== undefined && !agreedOn) throw new Damaged();
  const first = (plan.activity ?? []).find((a) => a.detail?.code?.text === ACTIVITY.firstAction);

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
    ...decision(plan),
    patientMeasureLabel: own[0]?.code.text?.trim() ?? '',
    patientMeasure: own[0] ? outOf10(own[0]) : null,
    clinicalLabel: clinical[0]?.code.text?.trim() ?? '',
    clinicalValue: clinicalValue.trim(),
    clinicalUnit: clinical[0] ? measureUnit(clinical[0]) : '',
    confidence: confidences[0] ? outOf10(confidences[0]) : null,
    followUpDate: due ?? '',
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
    return read(envelope, bundleIntegrity(envelope), signature);
  } catch {
    // Damaged, or anything unforeseen in a hostile file: refuse, never throw at the caller.
    return fail(FHIR_READ_ERRORS.damaged);
  }
}
