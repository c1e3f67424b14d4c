import type { CollaborateResponse } from './consultation';

/** A collaboRATE answer: a whole number 0–9 (docs/framework.md, "Tools and measures"). */
export const isScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9;

/**
 * A stored response, checked (a restored backup or an older record may hold
 * anything): the response when it has three 0–9 answers, else null. Total.
 */
export function readCollaborateResponse(value: unknown): CollaborateResponse | null {
  if (typeof value !== 'object' || value === null) return null;
  const { answers, language, answeredAt } = value as Record<string, unknown>;
  if (!Array.isArray(answers) || answers.length !== 3 || !answers.every(isScore)) return null;
  return {
    answers: [answers[0], answers[1], answers[2]] as [number, number, number],
    language: language === 'cy' ? 'cy' : 'en',
    answeredAt: typeof answeredAt === 'string' ? answeredAt : '',
  };
}
