/** One Plan–Do–Study–Act cycle (docs/framework.md, "Underneath every element"). */
export interface PdsaEntry {
  id: string;
  createdAt: string;
  aim: string;
  change: string;
  prediction: string;
  whatHappened: string;
  learned: string;
  nextCycle: string;
  /**
   * Present on a cycle recorded for the whole practice on the practice report page: its measure
   * is read back from the merged team exports (lib/report/practice-cycle.ts). A clinician's own
   * cycles have none, and their audit page lists only those.
   */
  practice?: PracticeCycle;
}

/** What a practice-level cycle measures and when. */
export interface PracticeCycle {
  /** A measure of the report (lib/report/measures.ts REPORT_MEASURES). */
  measure: string;
  /** The ISO week the change started ("2026-W14"): marked on the report's time line. */
  startWeek: string;
  /** The last ISO week to read the measure up to, for the meeting that studies it. */
  studyWeek: string;
}
