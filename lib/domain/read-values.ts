/**
 * Reading stored values safely: a record saved by an older version, or a corrupt one, may hold
 * anything. The bottom of the domain, so every folder that builds text can use it without
 * importing lib/plan (docs/architecture.md, "Layers").
 */

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const HAS_BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` without bidirectional control characters (U+202A–E, U+2066–9): they make a line display
 * in an order other than the one stored, and no plan needs them (docs/plan-truth.md, "Clean text").
 */
export function neutraliseBidi(text: string): string {
  // Tested before replaced: almost no text holds one, and this runs on every line of every output.
  return HAS_BIDI_CONTROL.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}

/**
 * Trims and drops bidirectional controls; anything that is not a string (a corrupt stored record)
 * reads as ''. Every output (plan, note, FHIR) reads typed text through here.
 */
export function clean(value: unknown): string {
  return typeof value === 'string' ? neutraliseBidi(value).trim() : '';
}

/** An array field, or [] when a stored record lacks it. */
export function list<T>(value: readonly T[] | null | undefined): readonly T[] {
  return value instanceof Array ? value : [];
}

/** The language of one patient document. */
export type DocumentLanguage = 'en' | 'cy';
