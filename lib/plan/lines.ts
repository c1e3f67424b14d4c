import type { PlanLine, PlanSection } from './plan-types';
import { neutraliseBidi } from './safe-text';

/**
 * Trims and drops bidirectional controls (lib/plan/safe-text.ts); anything that is not a
 * string (a corrupt stored record) reads as ''. Every output (plan, note, FHIR) reads typed
 * text through here.
 */
export function clean(value: unknown): string {
  return typeof value === 'string' ? neutraliseBidi(value).trim() : '';
}

/** A line, or nothing when its text is empty. */
export function line(text: unknown, label?: string, quote = false): PlanLine[] {
  const value = clean(text);
  if (!value) return [];
  return [{ text: value, ...(label ? { label } : {}), ...(quote ? { quote } : {}) }];
}

/** A section, or null when it has no lines: empty sections are left out (docs/plan-truth.md, "Only what happened"). */
export function section(id: string, heading: string, lines: PlanLine[]): PlanSection | null {
  return lines.length > 0 ? { id, heading, lines } : null;
}

/** A 0–10 score, or null for anything else. */
export function score(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 10 ? value : null;
}

/** An array field, or [] when a stored record lacks it. */
export function list<T>(value: readonly T[] | null | undefined): readonly T[] {
  return value instanceof Array ? value : [];
}
