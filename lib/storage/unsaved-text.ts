import type { Consultation } from '../domain/consultation';

/** Fields that are bookkeeping, not words the clinician typed. */
const SKIP = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'path',
  'currentElement',
  'status',
  'purgedAt',
  'owner',
  'who',
  'language',
  'appointmentType',
  'nextStep',
  'attainment',
]);

/**
 * Every piece of free text in a consultation as plain lines ("agenda › what matters: …"),
 * so a clinician whose save failed can paste it somewhere safe (issue 8, "nothing lost").
 * Walks the whole record rather than naming fields, so text in sections added later is
 * never left out of the copy. Pure and total: returns '' for an empty consultation.
 */
export function unsavedText(consultation: Consultation | null): string {
  if (!consultation) return '';
  const lines: string[] = [];
  walk(consultation, [], lines);
  return lines.join('\n');
}

function walk(value: unknown, path: string[], lines: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() !== '') lines.push(`${label(path)}: ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, [...path, String(index + 1)], lines));
    return;
  }
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!SKIP.has(key) && !/Id$|Ids$/.test(key)) walk(child, [...path, key], lines);
    }
  }
}

/** "agenda", "whatMatters" → "agenda › what matters". */
function label(path: string[]): string {
  return path.map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()).join(' › ');
}
