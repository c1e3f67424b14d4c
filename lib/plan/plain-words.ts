import type { Consultation } from '../domain/consultation';
import { findJargon, replaceTerm, type JargonEntry, type JargonFound } from './jargon';
import { list } from '../domain/read-values';
import type { PlanDocument, PlanLine } from './plan-types';

/**
 * Plain words change the patient's rendering only (docs/plan-truth.md, "Plain words"):
 * accepting an offer records the term on the consultation, and the patient version is
 * rendered with it. What was typed, the patient's quoted words, clinical values and units,
 * the clinician note and FHIR are never rewritten.
 */
export function acceptPlainWord(consultation: Consultation, entry: JargonEntry): Consultation {
  const accepted = list(consultation.plainWords);
  if (accepted.includes(entry.term)) return consultation;
  return { ...consultation, plainWords: [...accepted, entry.term] };
}

/** Whether a line may be reworded: not the patient's own words, not a clinical value. */
export const mayReword = (l: PlanLine): boolean => l.quote !== true && l.verbatim !== true;

/** The patient document with the accepted terms in plain words. */
export function applyPlainWords(
  doc: PlanDocument,
  accepted: readonly string[] | undefined,
  jargon: readonly JargonEntry[],
): PlanDocument {
  const terms = new Set(list(accepted));
  if (terms.size === 0) return doc;
  const entries = jargon.filter((e) => terms.has(e.term));
  const plain = (text: string) => entries.reduce(replaceTerm, text);
  return {
    ...doc,
    sections: doc.sections.map((s) => ({
      ...s,
      lines: s.lines.map((l) =>
        mayReword(l) ? { ...l, text: plain(l.text), ...(l.label ? { label: plain(l.label) } : {}) } : l,
      ),
    })),
  };
}

/** Jargon left in what the patient reads and the clinician can still change (not their quoted words). */
export function jargonInPlan(docs: readonly PlanDocument[], jargon: readonly JargonEntry[]): JargonFound[] {
  const text = docs
    .flatMap((d) => d.sections.flatMap((s) => s.lines.filter(mayReword)))
    .map((l) => `${l.label ?? ''}\n${l.text}`)
    .join('\n');
  return findJargon(text, jargon);
}
