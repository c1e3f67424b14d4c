import type { PlanLanguage } from '../domain/consultation';
import type { PlanFormat, StoredPlan } from '../plan/stored-plan';
import type { CocreateDb } from './db';

/** One copy of the patient's plan as it leaves the panel. */
export interface PlanGiven {
  consultationId: string;
  format: Exclude<PlanFormat, 'unrecorded'>;
  language: PlanLanguage;
  text: string;
}

/**
 * The `plans` table: every copy of the patient's version printed, downloaded or
 * inserted, so "what did we give this patient on which day" has an answer
 * (docs/data-model.md, "plans"). Purged with its consultation by retention.
 */
export function recordPlanGiven(db: CocreateDb, given: PlanGiven, id: string, now: Date): Promise<string> {
  const row: StoredPlan = { id, givenAt: now.toISOString(), ...given };
  return db.plans.put(row);
}

/** Copies given for one consultation, oldest first. */
export async function plansGivenFor(db: CocreateDb, consultationId: string): Promise<StoredPlan[]> {
  const rows = await db.plans.where('consultationId').equals(consultationId).toArray();
  return rows.sort((a, b) => a.givenAt.localeCompare(b.givenAt));
}

/** Copies given for any of these consultations, in no particular order. */
export function plansGivenForAny(db: CocreateDb, consultationIds: readonly string[]): Promise<StoredPlan[]> {
  return db.plans
    .where('consultationId')
    .anyOf([...consultationIds])
    .toArray();
}
