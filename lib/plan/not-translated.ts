import type { PlanDocument } from './plan-types';

/** One line of a Welsh plan that reads as English: typed or grid text nobody translated. */
export interface UntranslatedLine {
  heading: string;
  label?: string;
  text: string;
}

// Short function words: frequent, and each belongs to one language only.
const ENGLISH = new Set(
  'the and to of you your for with is in on my it at be this that will we if or not are have can by from when what how after before each every day days week weeks time times about'.split(
    ' ',
  ),
);
const WELSH = new Set(
  "y yr a ac i yn o ar mae gyda eich chi fy ddim wedi bod neu ei eu ni nhw i'r o'r yw oes gan am pan beth sut".split(
    ' ',
  ),
);

/**
 * Whether a line reads as English rather than Welsh: more English than Welsh common words, and
 * either two of them or one in a line of three words or more with no Welsh word at all.
 */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-zâêîôûŵŷ'’]+/g) ?? [];
  let en = 0;
  let cy = 0;
  for (const w of words) {
    const word = w.replace(/’/g, "'");
    if (ENGLISH.has(word)) en += 1;
    if (WELSH.has(word)) cy += 1;
  }
  return en > cy && (en >= 2 || (cy === 0 && words.length >= 3));
}

/**
 * English text in the Welsh version (docs/plan-truth.md, "Two languages"), for the clinician
 * to translate or accept. The patient's own quoted words are theirs and are left alone.
 */
export function untranslatedLines(docs: readonly PlanDocument[]): UntranslatedLine[] {
  return docs
    .filter((d) => d.language === 'cy')
    .flatMap((d) =>
      d.sections.flatMap((s) =>
        s.lines
          // An option's name is the line's label (its text may be only "—"): both are read.
          .filter((l) => !l.quote && (looksEnglish(l.text) || looksEnglish(l.label ?? '')))
          .map((l) => ({ heading: s.heading, ...(l.label ? { label: l.label } : {}), text: l.text })),
      ),
    );
}
