import { stripMarkup } from './strip-markup';

/**
 * Characters that change how text reads without being seen: zero-width spaces and joiners, the
 * soft hyphen, byte-order mark, bidirectional controls (U+202E shows "49/251" as "152/94") and
 * other control characters. Removed from anything read back, so what is stored is what was shown.
 */
export const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/**
 * Undoes what EHRs do to a note on its way back out (docs/continuity.md,
 * "Reading"): HTML source pasted as text (tags, entities), Windows or old Mac
 * line ends, e-mail style "> " quoting, Markdown bold, non-breaking and
 * zero-width spaces, bidirectional controls, and lines joined or re-wrapped —
 * all whitespace becomes one space, so where the lines broke no longer matters.
 * Linear in the length of the text: no pattern here can backtrack.
 */
export function normaliseNoteText(text: string): string {
  // Until nothing changes, so that reading an already-read text finds the same thing: an entity
  // escaped twice ("&amp;#8238;") decodes to a bidi control only on a second pass, and the block's
  // check (which normalises its lines again) must see exactly what the reader parsed. Each pass is
  // linear and nesting only peels one level a pass, so a bounded number keeps the whole linear.
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = onePass(current);
    if (next === current) return next;
    current = next;
  }
  // Escaped deeper than any EHR escapes: no ampersand is left to decode again.
  return onePass(current.replace(/&/g, ''));
}

const MAX_PASSES = 8;

function onePass(text: string): string {
  return stripMarkup(text)
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
}
