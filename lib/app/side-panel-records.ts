import type { CheckedEarlierPlan } from '../continuity/verify-earlier-plan';
import { consultationFromSummary } from '../continuity/import-earlier-plan';
import type { PlanCopyGiven } from '../domain/consultation';
import { linkReview } from '../domain/consultation-actions';
import type { StoredGrid } from '../domain/stored-grid';
import { withCopyGiven } from '../plan/copy-given';
import type { ConsultationModel } from '../state/consultation-model';
import { consultationRepository } from '../storage/consultations';
import type { CocreateDb } from '../storage/db';
import { listStoredGrids } from '../storage/grids';
import { recordPlanGiven, type PlanGiven } from '../storage/plans-given';

/**
 * The side panel's commands that write or read other records, loaded with the first view that
 * uses them (lib/app/side-panel-app.ts): none is needed to open the panel, which has a payload
 * budget (docs/performance.md).
 */
export interface RecordsDeps {
  model: ConsultationModel;
  db: CocreateDb;
  now: Date;
  newId: () => string;
}

/** Keeps a checked earlier plan as a consultation of its own and links this one's review to it. */
export async function importEarlierPlan(deps: RecordsDeps, plan: CheckedEarlierPlan): Promise<void> {
  const stored = consultationFromSummary(plan, { id: deps.newId(), now: deps.now });
  await consultationRepository(deps.db).put(stored);
  // The plan's own reference stays its own: the clinician confirmed it against this one.
  deps.model.apply(linkReview, { id: stored.id });
}

/** A copy of the patient version given: the note's "Copy of plan given" line (docs/plan-truth.md). */
export function copyGiven(model: ConsultationModel, given: PlanCopyGiven): void {
  model.apply(withCopyGiven, given);
}

/** A copy given, as a row of the plans table (the earlier-consultations list shows it). */
export function planGivenRow(db: CocreateDb, row: PlanGiven, id: string, at: Date): Promise<string> {
  return recordPlanGiven(db, row, id, at);
}

export function storedGrids(db: CocreateDb): Promise<StoredGrid[]> {
  return listStoredGrids(db);
}
