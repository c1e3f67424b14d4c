/**
 * The words of the "Cocreate summary" block at the end of the clinician note
 * (docs/continuity.md). Shared by the writer and the reader so the two cannot
 * drift apart. Keys appear in this order, each once, every time.
 */
export const SUMMARY_FORMAT_VERSION = '1';
export const SUMMARY_START = 'Cocreate summary';
export const SUMMARY_END = 'End of Cocreate summary';
export const NOT_RECORDED = 'not recorded';
export const NO_TREATMENT = 'no treatment (informed choice)';
export const NO_GRID = 'none';

export const SUMMARY_KEYS = {
  agreed: 'Agreed',
  goal: 'Goal',
  firstAction: 'First step',
  chosen: 'Chosen option',
  grid: 'Option grid',
  patientMeasure: 'Own measure',
  clinical: 'Clinical baseline',
  confidence: 'Confidence',
  followUp: 'Follow-up',
} as const;

export type SummaryKey = keyof typeof SUMMARY_KEYS;
export const SUMMARY_KEY_ORDER = Object.keys(SUMMARY_KEYS) as SummaryKey[];

/** The heading line: "Cocreate summary (format 1)". */
export const summaryHeading = (version: string = SUMMARY_FORMAT_VERSION): string =>
  `${SUMMARY_START} (format ${version})`;
