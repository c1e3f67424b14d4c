import type { PlanDocument } from './plan-types';
import { neutraliseBidi } from '../domain/read-values';
import { tidyStops } from './safe-text';

/**
 * The last pass over every document that leaves Cocreate (docs/plan-truth.md, "Clean text"):
 * no bidirectional controls anywhere, and no doubled full stops where typed or grid text
 * meets the plan's own punctuation. The patient's quoted words keep their punctuation.
 */
export function finishDocument(doc: PlanDocument): PlanDocument {
  return {
    ...doc,
    title: neutraliseBidi(doc.title),
    sections: doc.sections.map((s) => ({
      ...s,
      heading: neutraliseBidi(s.heading),
      lines: s.lines.map((l) => {
        const text = neutraliseBidi(l.text);
        return {
          ...l,
          text: l.quote ? text : tidyStops(text),
          ...(l.label !== undefined ? { label: neutraliseBidi(l.label) } : {}),
        };
      }),
    })),
  };
}
