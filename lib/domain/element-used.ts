import type { Consultation } from './consultation';
import { ELEMENT_REGISTRY } from './element-registry';
import { ELEMENT_IDS, type ElementId } from './elements';
import { isPreset, type AnySpecs } from './field-kinds';

/**
 * True for a non-empty string, a number, `true`, or a list/object holding any
 * of those. Written without allocating (no Object.values, no trim on the
 * usual string) because the audit calls it for every section of every
 * consultation: 20,000 consultations must compute in well under 250 ms.
 */
export function isCaptured(value: unknown): boolean {
  if (typeof value === 'string') {
    // Most strings are empty or start with a visible character; trim only the rest.
    if (value.length === 0) return false;
    return value.charCodeAt(0) > 32 || value.trim() !== '';
  }
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    for (const item of value) if (isCaptured(item)) return true;
    return false;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) if (isCaptured(record[key])) return true;
  }
  return false;
}

/**
 * Per element, the fields that count, from the one registry of elements. Preset fields are
 * left out: planned length and plan language come from settings, and which plan a consultation
 * reviews is set by the review offer, not by a conversation. A fixed list is quicker to walk
 * than `for…in`.
 */
const COUNTED_FIELDS = {} as Record<ElementId, readonly string[]>;
for (const id of ELEMENT_IDS) {
  const kinds = ELEMENT_REGISTRY[id].kinds as AnySpecs;
  COUNTED_FIELDS[id] = Object.keys(kinds).filter((field) => !isPreset(kinds[field]!));
}

/** Whether any field of one element's section was captured. */
export function isElementUsed(consultation: Consultation, element: ElementId): boolean {
  const section = consultation[element] as unknown as Record<string, unknown> | undefined;
  if (!section) return false;
  for (const key of COUNTED_FIELDS[element]) if (isCaptured(section[key])) return true;
  return false;
}

/**
 * The elements a consultation used, in framework order: a section counts as used when any
 * field in it was captured. The one definition read by the navigator's ticks, the clinician
 * note's "Elements used" and the audit (docs/framework.md, "Element used").
 */
export function elementsUsed(consultation: Consultation): ElementId[] {
  return ELEMENT_IDS.filter((element) => isElementUsed(consultation, element));
}
