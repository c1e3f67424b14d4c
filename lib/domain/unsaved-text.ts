import type { Consultation } from './consultation';
import { collectText, TYPED_KINDS } from './text-fields';

/**
 * Every piece of typed text in a consultation as plain lines ("agenda › what matters: …"),
 * so a clinician whose save failed can paste it somewhere safe (docs/framework.md, "Nothing
 * lost"). Which fields are typed text comes from the element registry's field kinds, and a
 * test fails when a field has no kind, so text in fields added later is never left out of the
 * copy. Pure and total: returns '' for an empty consultation.
 */
export function unsavedText(consultation: Consultation | null): string {
  if (!consultation) return '';
  return collectText(consultation, TYPED_KINDS)
    .map(({ path, text }) => `${label(path)}: ${text}`)
    .join('\n');
}

/** "agenda", "whatMatters" → "agenda › what matters". */
function label(path: string[]): string {
  return path.map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(' › ');
}
