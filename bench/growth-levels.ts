/**
 * "Stored data" at 1× is what one clinician gathers in about a week: 20
 * consultations and 5 option grids. Growth runs at 10×, 100× and 1000×, so the
 * 1000× level holds the 20,000 consultations of the audit budget and the 100×
 * level the 500 grids of the search budget.
 */
export const BASE = { consultations: 20, grids: 5 } as const;
export const GROWTH_FACTORS = [10, 100, 1000] as const;

export function atScale(factor: number): { consultations: number; grids: number } {
  return { consultations: BASE.consultations * factor, grids: BASE.grids * factor };
}

/** How time grows from the first level to the last, against a linear 100× growth in data. */
export function growthNote(times: readonly number[]): string {
  const first = times[0] ?? Number.NaN;
  const last = times[times.length - 1] ?? Number.NaN;
  return `time ×${(last / first).toFixed(2)} from 10× to 1000× data (data ×100)`;
}
