/**
 * The practice report as one pure document: the page, the print and the downloaded HTML file
 * are projections of it (shared/style.md rule 11), so what the meeting reads on paper is what
 * the page showed.
 */
export interface ReportTable {
  caption: string;
  /** Column headings after the row heading column. */
  columns: string[];
  /** Heading of the row heading column. */
  rowHeading: string;
  rows: { head: string; cells: string[] }[];
}

export interface ReportChart {
  title: string;
  /** What the vertical axis counts: a count, or a percentage 0–100. */
  kind: 'count' | 'share';
  /** In time order; null where the figure is suppressed or has no denominator. */
  points: { label: string; value: number | null }[];
  /** Practice PDSA changes, at the point where they started. */
  markers: { at: string; text: string }[];
  /** The same figures, for screen readers and print. */
  table: ReportTable;
}

export interface ReportSection {
  id: string;
  title: string;
  paragraphs: string[];
  charts: ReportChart[];
  tables: ReportTable[];
}

export interface ReportDocument {
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

export function section(id: string, title: string, parts: Partial<ReportSection>): ReportSection {
  return { id, title, paragraphs: [], charts: [], tables: [], ...parts };
}
