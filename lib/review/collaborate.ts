/**
 * collaboRATE (Elwyn and colleagues, 2013; public): three items scored 0–9 by
 * the patient — effort made to help them understand their health issues, to
 * listen to what matters most, and to include what matters in what to do next.
 * Only meaningful in aggregate, after about 25 consultations per clinician
 * (docs/framework.md, "Tools and measures").
 */
export const COLLABORATE_ITEMS = [
  'How much effort was made to help you understand your health issues?',
  'How much effort was made to listen to the things that matter most to you about your health issues?',
  'How much effort was made to include what matters most to you in choosing what to do next?',
] as const;

export const COLLABORATE_MIN_FOR_AUDIT = 25;

export type CollaborateAnswers = readonly [number | null, number | null, number | null];

/** Sum 0–27 when all three items are answered, else null. */
export function collaborateTotal(answers: CollaborateAnswers): number | null {
  const [a, b, c] = answers;
  return a === null || b === null || c === null ? null : a + b + c;
}

/** The published "top score": every item answered 9. */
export function isCollaborateTopScore(answers: CollaborateAnswers): boolean {
  return answers.every((item) => item === 9);
}
