import type { AuditRow } from './audit-row';

/** SURE has four questions; "sure" is yes to all of them. */
const SURE_QUESTIONS = 4;

export interface CountOf {
  n: number;
  of: number;
}

/** Minutes used against minutes booked, over the consultations where both are known. */
export interface MinutesFigures {
  n: number;
  used: number;
  booked: number;
  /** Consultations that used more than their booked time. */
  over: number;
}

/**
 * Whether the plan reached the patient and was understood, and the time it took: counted by one
 * rule for the clinician's audit page and the practice report's team export alike.
 */
export interface UnderstandingFigures {
  /** A copy of the plan given (printed, downloaded, inserted or sent), of plans agreed. */
  plansGiven: CountOf;
  /** Teach-back done, of plans agreed. */
  teachBack: CountOf;
  /** Yes to all four SURE questions, of consultations where all four were asked. */
  sure: CountOf;
  minutes: MinutesFigures;
}

export class UnderstandingCount {
  private readonly figures: UnderstandingFigures = {
    plansGiven: { n: 0, of: 0 },
    teachBack: { n: 0, of: 0 },
    sure: { n: 0, of: 0 },
    minutes: { n: 0, used: 0, booked: 0, over: 0 },
  };

  add(row: AuditRow): void {
    const { plansGiven, teachBack, sure, minutes } = this.figures;
    if (row.status !== 'open') {
      plansGiven.of += 1;
      teachBack.of += 1;
      if (row.given) plansGiven.n += 1;
      if (row.teachBack) teachBack.n += 1;
    }
    if (row.sure !== null) {
      sure.of += 1;
      if (row.sure === SURE_QUESTIONS) sure.n += 1;
    }
    if (row.minutesUsed !== null && row.minutesBooked !== null) {
      minutes.n += 1;
      minutes.used += row.minutesUsed;
      minutes.booked += row.minutesBooked;
      if (row.minutesUsed > row.minutesBooked) minutes.over += 1;
    }
  }

  result(): UnderstandingFigures {
    return this.figures;
  }
}
