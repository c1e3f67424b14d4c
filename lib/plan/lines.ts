import { clean } from '../domain/read-values';
import type { PlanLine, PlanSection } from './plan-types';

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
