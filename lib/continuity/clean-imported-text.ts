import { INVISIBLE } from './normalise-note-text';
import { stripMarkup } from './strip-markup';

/** Passes before text that still changes is called crafted: real exports settle in one or two. */
const MAX_PASSES = 4;

const once = (text: string): string =>
  stripMarkup(text)
    .replace(/\*\*|__/g, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Text read from a note or file as it will be shown and stored: no tags, entities, Markdown bold,
 * zero-width or bidirectional characters, one space between words. Repeated until nothing changes
 * (an entity may hide another), so cleaning what it returns changes nothing; null when text is still
 * changing after a few passes, which no export of Cocreate's produces. Linear in the text's length.
 */
export function cleanImportedText(text: string): string | null {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = once(current);
    if (next === current) return next;
    current = next;
  }
  return null;
}
