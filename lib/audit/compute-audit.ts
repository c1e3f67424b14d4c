import { chosenValues, GOAL_ATTAINMENTS, REVIEW_NEXT_STEPS, type Chosen } from '../domain/choice-values';
import type { GoalAttainment, ReviewNextStep } from '../domain/consultation';
import { ELEMENT_IDS, type ElementId } from '../domain/elements';
import { USED_BITS } from './used-bits';
import { CollaborateCount, type CollaborateFigure } from '../collaborate/top-score';
import type { AuditRow } from './audit-row';
import { ANY_GRID, gridRowOf, matchesGrid, periodTest, type AuditFilter } from './filter';
import { UnderstandingCount, type UnderstandingFigures } from './understanding';

export interface Mean {
  /** null when there is nothing to average. */
  mean: number | null;
  /** How many values the mean is over. */
  n: number;
}

export type AttainmentCount = Record<Chosen<GoalAttainment> | 'unrecorded', number>;
export type NextStepCount = Record<Chosen<ReviewNextStep> | 'unrecorded', number>;

/** A count of nought for each value of a choice field, in its order, then for "not recorded". */
function noneCounted<T extends string>(values: readonly T[]): Record<Chosen<T> | 'unrecorded', number> {
  const counts = Object.fromEntries(chosenValues(values).map((value) => [value, 0]));
  return { ...counts, unrecorded: 0 } as Record<Chosen<T> | 'unrecorded', number>;
}

/** The clinician's own figures over one period (docs/privacy.md, "What is stored, and where"). */
export interface AuditFigures {
  consultations: number;
  elementsUsed: Record<ElementId, number>;
  quick: number;
  full: number;
  /** Grids used, most used first, each with its own options chosen (by id; options typed by hand left out). */
  grids: GridUse[];
  withoutGrid: number;
  plansAgreed: number;
  /** Agreed plans where the patient, fully informed, chose no treatment. */
  noTreatment: number;
  /** Distinct earlier plans reviewed in the period. */
  plansReviewed: number;
  attainment: AttainmentCount;
  nextStep: NextStepCount;
  confidenceAtAgreement: Mean;
  confidenceAtReview: Mean;
  /** Patient's own 0–10 measure at review minus the baseline of the plan reviewed. */
  patientMeasureChange: Mean;
  /** Every consultation in the period with collaboRATE answers, reviews or not (docs/collaborate.md). */
  collaborate: CollaborateFigure;
  understanding: UnderstandingFigures;
}

export interface GridUse {
  id: string;
  title: string;
  count: number;
  /** The grid's options chosen, by option id, in id order. */
  chosen: { id: string; count: number }[];
}

class Averager {
  private sum = 0;
  private n = 0;
  add(value: number | null | undefined): void {
    if (value === null || value === undefined || !Number.isFinite(value)) return;
    this.sum += value;
    this.n += 1;
  }
  result(): Mean {
    return { mean: this.n === 0 ? null : this.sum / this.n, n: this.n };
  }
}

/**
 * Computes the audit figures from audit rows (audit-row.ts). `rows` may
 * include earlier plans from outside the period (the page loads those a
 * review refers to, for their baseline); only those inside the filter are
 * counted. One pass counts, then a pass over the (few) reviews, deduplicated
 * by the plan they review — a new plan cycle carries its review forward, and
 * a plan is reviewed once: the latest review of it counts.
 */
export function computeAudit(rows: readonly AuditRow[], filter: AuditFilter): AuditFigures {
  const byId = new Map<string, AuditRow>();
  for (const row of rows) byId.set(row.id, row);

  // Counted in a typed array and named at the end: 20,000 rows × 7 elements of keyed increments cost more.
  const usedCounts = new Uint32Array(32);
  const grids = new Map<string, { id: string; title: string; count: number; chosen: Map<string, number> }>();
  const reviews = new Map<string, AuditRow>();
  const confidenceAtAgreement = new Averager();
  let count = 0;
  let quick = 0;
  let withoutGrid = 0;
  let plansAgreed = 0;
  let noTreatment = 0;
  const collaborate = new CollaborateCount();
  const understanding = new UnderstandingCount();

  const inDays = periodTest(filter);
  for (const row of rows) {
    if (row.imported || !inDays(row.createdAt)) continue;
    if (filter.grid !== ANY_GRID && !matchesGrid(gridRowOf(row, byId), filter)) continue;
    count += 1;
    if (row.path === 'quick') quick += 1;
    for (let bit = 0, used = row.used; used !== 0; bit += 1, used >>>= 1) if (used & 1) usedCounts[bit]! += 1;
    if (row.gridId !== null) {
      const entry = grids.get(row.gridId) ?? {
        id: row.gridId,
        title: row.gridTitle ?? row.gridId,
        count: 0,
        chosen: new Map<string, number>(),
      };
      entry.count += 1;
      for (const id of new Set(row.chosen)) entry.chosen.set(id, (entry.chosen.get(id) ?? 0) + 1);
      grids.set(entry.id, entry);
    } else {
      withoutGrid += 1;
    }
    if (row.status !== 'open') {
      plansAgreed += 1;
      if (row.noTreatment) noTreatment += 1;
      confidenceAtAgreement.add(row.confidence);
    }
    collaborate.add(row.collaborate);
    understanding.add(row);
    if (row.isReview && row.previousId !== null) {
      const seen = reviews.get(row.previousId);
      if (!seen || isLater(row, seen)) reviews.set(row.previousId, row);
    }
  }

  const attainment: AttainmentCount = noneCounted(GOAL_ATTAINMENTS);
  const nextStep: NextStepCount = noneCounted(REVIEW_NEXT_STEPS);
  const confidenceAtReview = new Averager();
  const measureChange = new Averager();
  for (const [previousId, review] of reviews) {
    attainment[review.attainment || 'unrecorded'] += 1;
    nextStep[review.nextStep || 'unrecorded'] += 1;
    confidenceAtReview.add(review.confidenceNow);
    const baseline = byId.get(previousId)?.baseline ?? null;
    if (baseline !== null && review.measureNow !== null) measureChange.add(review.measureNow - baseline);
  }

  const elementsUsed = Object.fromEntries(
    ELEMENT_IDS.map((id) => [id, usedCounts[USED_BITS[id]]!]),
  ) as Record<ElementId, number>;
  return {
    consultations: count,
    elementsUsed,
    quick,
    full: count - quick,
    grids: [...grids.values()]
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
      .map((grid) => ({
        ...grid,
        chosen: [...grid.chosen]
          .map(([id, count]) => ({ id, count }))
          .sort((a, b) => a.id.localeCompare(b.id)),
      })),
    withoutGrid,
    plansAgreed,
    noTreatment,
    plansReviewed: reviews.size,
    attainment,
    nextStep,
    confidenceAtAgreement: confidenceAtAgreement.result(),
    confidenceAtReview: confidenceAtReview.result(),
    patientMeasureChange: measureChange.result(),
    collaborate: collaborate.result(),
    understanding: understanding.result(),
  };
}

/** Of two reviews of one plan, the one made later (ties broken by id, so the result never depends on read order). */
function isLater(a: AuditRow, b: AuditRow): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
}
