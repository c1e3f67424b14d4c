import {
  COLLABORATE_MIN_FOR_AUDIT,
  isCollaborateTopScore,
  isCompleteResponse,
  type CollaborateAnswers,
} from './response';

/** What the audit shows of collaboRATE over a period (docs/collaborate.md, "In the audit"). */
export interface CollaborateFigure {
  /** Complete responses (all three answered) in the period, from any consultation. */
  responses: number;
  /**
   * Share of those responses with 9 on all three questions; null below
   * COLLABORATE_MIN_FOR_AUDIT responses, where the authors say not to calculate it.
   */
  topScoreShare: number | null;
}

/** Counts responses one consultation at a time; partial responses are left out, as the authors score. */
export class CollaborateCount {
  private responses = 0;
  private topScores = 0;

  add(answers: CollaborateAnswers): void {
    if (!isCompleteResponse(answers)) return;
    this.responses += 1;
    if (isCollaborateTopScore(answers)) this.topScores += 1;
  }

  result(): CollaborateFigure {
    return {
      responses: this.responses,
      topScoreShare: this.responses >= COLLABORATE_MIN_FOR_AUDIT ? this.topScores / this.responses : null,
    };
  }
}
