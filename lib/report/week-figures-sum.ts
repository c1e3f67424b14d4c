import { ELEMENT_IDS, type ElementId } from '../domain/elements';
import type { CountOf } from '../audit/understanding';
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
    plansGiven: { n: 0, of: 0 },
    teachBack: { n: 0, of: 0 },
    sure: { n: 0, of: 0 },
    minutes: { n: 0, used: 0, booked: 0, over: 0 },
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
  addCount(into.plansGiven, add.plansGiven);
  addCount(into.teachBack, add.teachBack);
  addCount(into.sure, add.sure);
  into.minutes.n += add.minutes.n;
  into.minutes.used += add.minutes.used;
  into.minutes.booked += add.minutes.booked;
  into.minutes.over += add.minutes.over;
  for (const grid of add.grids) {
    const seen = into.grids.find((g) => g.id === grid.id);
    if (!seen) {
      into.grids.push({ ...grid, chosen: grid.chosen.map((option) => ({ ...option })) });
      continue;
    }
    seen.count += grid.count;
    for (const option of grid.chosen) {
      const chosen = seen.chosen.find((o) => o.id === option.id);
      if (chosen) chosen.count += option.count;
      else seen.chosen.push({ ...option });
    }
  }
  return into;
}

function addCount(into: CountOf, add: CountOf): void {
  into.n += add.n;
  into.of += add.of;
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
