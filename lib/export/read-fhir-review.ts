import type { EarlierPlanReview } from '../continuity/earlier-plan-details';
import type { GoalAttainment, ReviewNextStep } from '../domain/consultation';
import { ATTAINMENT_WORDS, NEXT_STEP_WORDS } from '../plan/note-words';
import type { ObservationRead } from './fhir-bundle-schema';
import { OBSERVATION_TEXT, REVIEW_PART } from './fhir-format';
import { Damaged } from './read-fhir-damage';

type Part = NonNullable<ObservationRead['component']>[number];

/** The key whose words these are, or Damaged. */
function keyOf<K extends string>(words: Record<string, string>, text: string | undefined): K {
  const key = Object.keys(words).find((k) => words[k] === text);
  if (key === undefined) throw new Damaged();
  return key as K;
}

function score(part: Part | undefined): number | null {
  if (!part) return null;
  const value = part.valueInteger ?? part.valueQuantity?.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10) throw new Damaged();
  return value;
}

/**
 * The review this plan's consultation made of an earlier plan (PCSP Goal status and Outcomes), as
 * fhir-review.ts writes it: attainment in words (the code beside them is not needed to read it
 * back) and each finding as a named part. Null when the bundle holds no review.
 */
export function readReview(observations: readonly ObservationRead[]): EarlierPlanReview | null {
  const found = observations.filter((o) => o.code.text === OBSERVATION_TEXT.attainment);
  if (found.length > 1) throw new Damaged();
  const o = found[0];
  if (!o) return null;
  const parts = o.component ?? [];
  const part = (text: string) => {
    const named = parts.filter((p) => p.code.text === text);
    if (named.length > 1) throw new Damaged();
    return named[0];
  };
  const words = (text: string) => (part(text)?.valueString ?? '').trim();
  const next = part(REVIEW_PART.nextStep)?.valueString;
  return {
    attainment: keyOf<Exclude<GoalAttainment, ''>>(ATTAINMENT_WORDS, o.valueCodeableConcept?.text),
    patientMeasureNow: score(part(REVIEW_PART.patientMeasureNow)),
    confidenceNow: score(part(REVIEW_PART.confidenceNow)),
    clinicalValueNow: words(REVIEW_PART.clinicalValueNow),
    helped: words(REVIEW_PART.helped),
    gotInTheWay: words(REVIEW_PART.gotInTheWay),
    nextStep: next === undefined ? '' : keyOf<Exclude<ReviewNextStep, ''>>(NEXT_STEP_WORDS, next),
  };
}
