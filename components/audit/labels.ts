import type { AttainmentCount, NextStepCount } from '../../lib/audit/compute-audit';
import { AUDIT_WORDS } from '../../lib/i18n/record-words';

/** The audit's names for each value counted, in the registry's order (lib/i18n/record-words.ts). */
export const ATTAINMENT_NAMES: Record<keyof AttainmentCount, string> = {
  ...AUDIT_WORDS.attainment,
  unrecorded: 'Not recorded',
};

export const NEXT_STEP_NAMES: Record<keyof NextStepCount, string> = {
  ...AUDIT_WORDS.reviewNextStep,
  unrecorded: 'Not recorded',
};

/** "6.5" / "+1.5" to one decimal place; "–" when there is nothing to show. */
export function oneDecimal(value: number | null, signed = false): string {
  if (value === null) return '–';
  const text = (Math.round(value * 10) / 10).toFixed(1);
  return signed && value > 0 ? `+${text}` : text;
}

/** "1 review" / "2 reviews". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
