/**
 * Typed text as the end of a question read to the patient: "How confident are
 * you that you will {walk after lunch}?". A first word written as an ordinary
 * capitalised word loses its capital ("Walk" → "walk"); acronyms and "I" stay
 * ("HbA1c", "BP", "I"). Trailing full stops or question marks go, so the
 * question ends with one "?". Empty text gives `fallback`.
 */
export function asClause(text: string, fallback: string): string {
  const trimmed = text.trim().replace(/[\s.?!]+$/u, '');
  if (trimmed === '') return fallback;
  return /^\p{Lu}\p{Ll}+(?=[\s,]|$)/u.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}
