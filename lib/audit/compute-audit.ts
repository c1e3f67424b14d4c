import type { Consultation, GoalAttainment, ReviewNextStep } from '../domain/consultation';
import { ELEMENT_IDS, type ElementId } from '../domain/elements';
import { collaborateTotal, isCollaborateTopScore } from '../review/collaborate';
import { isElementUsed } from './elements-used';
import { gridOf, inPeriod, matchesGrid, type AuditFilter } from './filter';

export interface Mean {
  /** null when there is nothing to average. */
  mean: number | null;
  /** How many values the mean is over. */
  n: number;
}

export type AttainmentCount = Record<Exclude<GoalAttainment, ''> | 'unrecorded', number>;
export type NextStepCount = Record<Exclude<ReviewNextStep, ''> | 'unrecorded', number>;

/** The clinician's own figures over one period (issue 6, "Audit view"). */
export interface AuditFigures {
  consultations: number;
  elementsUsed: Record<ElementId, number>;
  quick: number;
  full: number;
  /** Grids used, most used first. */
  grids: { id: string; title: string; count: number }[];
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
  collaborate: { n: number; meanTotal: number | null; topScoreShare: number | null };
}

/** Whether a consultation holds a review of an earlier plan (not only the link to it). */
export function isReview(consultation: Consultation): boolean {
  return consultation.review.previousConsultationId !== null && isElementUsed(consultation, 'review');
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
 * Computes the audit figures. `consultations` may include earlier plans from
 * outside the period (the page loads those a review refers to, for their
 * baseline); only those inside the filter are counted. One pass counts, then
 * a pass over the (few) reviews, deduplicated by the plan they review — a new
 * plan cycle carries its review forward, and a plan is reviewed once.
 */
export function computeAudit(consultations: readonly Consultation[], filter: AuditFilter): AuditFigures {
  const byId = new Map<string, Consultation>();
  for (const c of consultations) byId.set(c.id, c);

  const elementsUsed = Object.fromEntries(ELEMENT_IDS.map((id) => [id, 0])) as Record<ElementId, number>;
  const grids = new Map<string, { id: string; title: string; count: number }>();
  const reviews = new Map<string, Consultation>();
  const confidenceAtAgreement = new Averager();
  let count = 0;
  let quick = 0;
  let withoutGrid = 0;
  let plansAgreed = 0;
  let noTreatment = 0;

  for (const c of consultations) {
    if (!inPeriod(c, filter)) continue;
    const grid = gridOf(c, byId);
    if (!matchesGrid(grid, filter)) continue;
    count += 1;
    if (c.path === 'quick') quick += 1;
    for (const element of ELEMENT_IDS) if (isElementUsed(c, element)) elementsUsed[element] += 1;
    if (c.options.grid) {
      const entry = grids.get(c.options.grid.id) ?? {
        id: c.options.grid.id,
        title: c.options.grid.title,
        count: 0,
      };
      entry.count += 1;
      grids.set(entry.id, entry);
    } else {
      withoutGrid += 1;
    }
    if (c.status !== 'open') {
      plansAgreed += 1;
      if (c.agreement.noTreatment) noTreatment += 1;
      confidenceAtAgreement.add(c.agreement.confidence);
    }
    if (isReview(c)) {
      const key = c.review.previousConsultationId!;
      const seen = reviews.get(key);
      if (!seen || c.updatedAt > seen.updatedAt) reviews.set(key, c);
    }
  }

  const attainment: AttainmentCount = { achieved: 0, partly: 0, 'not-yet': 0, changed: 0, unrecorded: 0 };
  const nextStep: NextStepCount = { continue: 0, 'new-cycle': 0, discharge: 0, refer: 0, unrecorded: 0 };
  const confidenceAtReview = new Averager();
  const measureChange = new Averager();
  const collaborate = new Averager();
  let topScores = 0;
  for (const [previousId, c] of reviews) {
    const review = c.review;
    attainment[review.attainment || 'unrecorded'] += 1;
    nextStep[review.nextStep || 'unrecorded'] += 1;
    confidenceAtReview.add(review.confidenceNow);
    const baseline = byId.get(previousId)?.agreement.baseline.patientMeasure ?? null;
    if (baseline !== null && review.patientMeasureNow !== null)
      measureChange.add(review.patientMeasureNow - baseline);
    const total = collaborateTotal(review.collaborate);
    if (total !== null) {
      collaborate.add(total);
      if (isCollaborateTopScore(review.collaborate)) topScores += 1;
    }
  }
  const collaborateMean = collaborate.result();

  return {
    consultations: count,
    elementsUsed,
    quick,
    full: count - quick,
    grids: [...grids.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title)),
    withoutGrid,
    plansAgreed,
    noTreatment,
    plansReviewed: reviews.size,
    attainment,
    nextStep,
    confidenceAtAgreement: confidenceAtAgreement.result(),
    confidenceAtReview: confidenceAtReview.result(),
    patientMeasureChange: measureChange.result(),
    collaborate: {
      n: collaborateMean.n,
      meanTotal: collaborateMean.mean,
      topScoreShare: collaborateMean.n === 0 ? null : topScores / collaborateMean.n,
    },
  };
}
