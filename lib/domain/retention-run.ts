/**
 * What one retention run did, in counts only: never an id, a reference or a
 * word of the removed text (docs/privacy.md, "Retention"). Shown on the audit page.
 */
export interface RetentionRun {
  id: string;
  /** ISO date-time of the run. */
  at: string;
  /** True when the practice's autoPurge policy ran it as the sidebar opened. */
  automatic: boolean;
  consultationsPurged: number;
  plansDeleted: number;
  failures: number;
}
