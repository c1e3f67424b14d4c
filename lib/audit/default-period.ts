import { ANY_GRID, type AuditFilter } from './filter';

const DAY_MS = 86_400_000;

/** The `days` days up to and including today, as inclusive YYYY-MM-DD dates. */
export function lastDays(now: Date, days: number): Pick<AuditFilter, 'from' | 'to'> {
  return {
    from: new Date(now.getTime() - (days - 1) * DAY_MS).toISOString().slice(0, 10),
    to: now.toISOString().slice(0, 10),
  };
}

/** Quick periods beside the date boxes: a month, a quarter (the default), a year. */
export const PERIOD_PRESETS = [
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 12 months' },
] as const;

/** The last 90 days up to today, all grids. */
export function defaultFilter(now: Date): AuditFilter {
  return { ...lastDays(now, 90), grid: ANY_GRID };
}
