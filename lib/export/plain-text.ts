import type { PlanDocument, PlanLine } from '../plan/plan-types';
import { neutraliseBidi } from '../domain/read-values';

function lineText(l: PlanLine): string {
  const text = l.quote ? `“${l.text}”` : l.text;
  return l.label ? `${l.label}: ${text}` : text;
}

/**
 * One document as plain text: title, then each heading and its lines, blank line between
 * sections. What is copied or inserted into an EHR never carries bidirectional controls.
 */
export function planToPlainText(doc: PlanDocument): string {
  const blocks = doc.sections.map((s) => [s.heading, ...s.lines.map(lineText)].join('\n'));
  return neutraliseBidi([doc.title, ...blocks].join('\n\n'));
}

/** Several documents (English and Welsh) one after the other. */
export function plansToPlainText(docs: readonly PlanDocument[]): string {
  return docs.map(planToPlainText).join('\n\n* * *\n\n');
}
