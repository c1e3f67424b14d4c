import type { Consultation } from '../domain/consultation';
import { latestAgreedPlan, normaliseRef, type AgreedPlans } from './find-previous';

/** How far either side of today a follow-up counts as "due": a week early, four weeks late. */
const EARLY_DAYS = 7;
const LATE_DAYS = 28;
/** A short list: the panel's top is for the consultation, not a register. */
const MOST = 5;

function shiftDays(day: string, by: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

/**
 * The agreed plans whose follow-up falls near `today` (yyyy-mm-dd), one per reference (its latest
 * agreed plan), nearest date first: at a review the clinician picks one, and its reference and
 * link come with it in one action instead of being typed again.
 */
export function plansDueForReview(
  agreed: readonly Consultation[],
  today: string,
  currentId: string,
): Consultation[] {
  const from = shiftDays(today, -LATE_DAYS);
  const to = shiftDays(today, EARLY_DAYS);
  const byRef = new Map<string, Consultation[]>();
  for (const plan of agreed) {
    const ref = normaliseRef(plan.patientRef);
    if (ref) byRef.set(ref, [...(byRef.get(ref) ?? []), plan]);
  }
  const distance = (plan: Consultation) =>
    Math.abs(Date.parse(plan.agreement.followUpDate) - Date.parse(today));
  return [...byRef.values()]
    .map((plans) => latestAgreedPlan(plans, currentId))
    .filter((plan): plan is Consultation => {
      const due = plan?.agreement.followUpDate ?? '';
      return due >= from && due <= to;
    })
    .sort((a, b) => distance(a) - distance(b))
    .slice(0, MOST);
}

/** Reads the agreed plans, then `plansDueForReview`. */
export async function findPlansDueForReview(
  consultations: AgreedPlans,
  today: string,
  currentId: string,
): Promise<Consultation[]> {
  const agreed = await consultations.withStatus('agreed', () => true);
  return plansDueForReview(agreed, today, currentId);
}
