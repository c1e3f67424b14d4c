import { ELEMENT_IDS, type ElementId } from '../domain/elements';
import type { SumOf, WeekFigures } from './team-export';

/** Figures with no consultations: what a sum starts from. */
export function emptyFigures(week: string): WeekFigures {
  const zero: SumOf = { sum: 0, n: 0 };
  return {
    week,
    consultations: 0,
    quick: 0,
    elements: Object.fromEntries(ELEMENT_IDS.map((id) => [id, 0])) as Record<ElementId, number>,
    plansAgreed: 0,
    noTreatment: 0,
    reviews: 0,
    attainment: { achieved: 0, partly: 0, notYet: 0, changed: 0, unrecorded: 0 },
    confidenceAtAgreement: { ...zero },
    confidenceAtReview: { ...zero },
    measureChange: { ...zero },
    collaborate: { responses: 0, topScores: 0 },
    grids: [],
  };
}

/** Adds `add` into `into` (which it changes and returns): every figure of the format is a count or a sum. */
export function addFigures(into: WeekFigures, add: WeekFigures): WeekFigures {
  into.consultations += add.consultations;
  into.quick += add.quick;
  for (const id of ELEMENT_IDS) into.elements[id] += add.elements[id];
  into.plansAgreed += add.plansAgreed;
  into.noTreatment += add.noTreatment;
  into.reviews += add.reviews;
  into.attainment.achieved += add.attainment.achieved;
  into.attainment.partly += add.attainment.partly;
  into.attainment.notYet += add.attainment.notYet;
  into.attainment.changed += add.attainment.changed;
  into.attainment.unrecorded += add.attainment.unrecorded;
  addSum(into.confidenceAtAgreement, add.confidenceAtAgreement);
  addSum(into.confidenceAtReview, add.confidenceAtReview);
  addSum(into.measureChange, add.measureChange);
  into.collaborate.responses += add.collaborate.responses;
  into.collaborate.topScores += add.collaborate.topScores;
  for (const grid of add.grids) {
    const seen = into.grids.find((g) => g.id === grid.id);
    if (seen) seen.count += grid.count;
    else into.grids.push({ ...grid });
  }
  return into;
}

function addSum(into: SumOf, add: SumOf): void {
  into.sum += add.sum;
  into.n += add.n;
}

/** The sum of several weeks' figures, under one name. */
export function totalOf(name: string, weeks: Iterable<WeekFigures>): WeekFigures {
  const total = emptyFigures(name);
  for (const week of weeks) addFigures(total, week);
  return total;
}
