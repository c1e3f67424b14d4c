import type { AttainmentCount, NextStepCount } from '../../lib/audit/compute-audit';

export const ATTAINMENT_NAMES: Record<keyof AttainmentCount, string> = {
  achieved: 'Achieved',
  partly: 'Partly achieved',
  'not-yet': 'Not yet',
  changed: 'Goal changed',
  unrecorded: 'Not recorded',
};

export const NEXT_STEP_NAMES: Record<keyof NextStepCount, string> = {
  continue: 'Keep going',
  'new-cycle': 'New plan cycle',
  discharge: 'Discharge',
  refer: 'Refer on',
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
