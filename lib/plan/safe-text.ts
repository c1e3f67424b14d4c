// Bidirectional controls are dropped by `neutraliseBidi` in lib/domain/read-values.ts.

/** Whether `text` holds any bidirectional control character. */
export function hasBidiControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}

// Either pattern below: ".." or "?." / "!." before a space or the end.
const DOUBLED_STOP = /[.?!]\.(?=\s|$)/;

/**
 * Grid text ends with its own full stop ("…a stroke."), and the plan adds one when it joins
 * pieces: two full stops in a row (never an ellipsis "...") become one, and a full stop after
 * "?" or "!" goes.
 */
export function tidyStops(text: string): string {
  // Tested before replaced: few lines hold a doubled stop, and every line of every document is tidied.
  if (!DOUBLED_STOP.test(text)) return text;
  return text.replace(/(?<!\.)\.\.(?=\s|$)/g, '.').replace(/([?!])\.(?=\s|$)/g, '$1');
}

/** Pieces joined as sentences: each ends with one stop, whatever it ended with before. */
export function joinSentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** A piece as the end of a sentence: one full stop added unless it already ends with a stop. */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  return /[.!?…]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
