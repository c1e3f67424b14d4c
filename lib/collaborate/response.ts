import type { CollaborateResponse } from '../domain/consultation';
import { isScore } from './read-response';

/**
 * collaboRATE answers and their published scoring (docs/collaborate.md): the
 * "top score" is the share of complete responses where all three answers are 9,
 * shown only from 25 complete responses ("collaboRATE Score should only be
 * calculated when all three items have been completed for at least 25 clinical
 * encounters").
 */
export const COLLABORATE_MIN_FOR_AUDIT = 25;

export type CollaborateAnswers = readonly [number | null, number | null, number | null];

/** Complete when all three answers are whole numbers 0–9: partial answers are left out of the score. */
export function isCompleteResponse(
  answers: CollaborateAnswers,
): answers is readonly [number, number, number] {
  return answers.length === 3 && answers.every(isScore);
}

/** The published "top score": every item answered 9. */
export function isCollaborateTopScore(answers: CollaborateAnswers): boolean {
  return isCompleteResponse(answers) && answers.every((item) => item === 9);
}

/** Builds the response the hand-over screen saves. */
export function collaborateResponse(
  answers: readonly [number, number, number],
  language: 'en' | 'cy',
  now: Date,
): CollaborateResponse {
  return { answers: [...answers] as [number, number, number], language, answeredAt: now.toISOString() };
}
