import { syllable } from 'syllable';
import type { PlanDocument } from '../plan/plan-types';
import type { Readability } from './reading-ease';

/** One line of the plan that reads harder than the threshold, with its own figure. */
export interface HardLine {
  heading: string;
  label?: string;
  text: string;
  readingEase: number;
  readingAge: number;
}

export interface PlanReadability {
  /** The English prose of the plan: line texts only, never headings, labels, values or names. */
  overall: Readability;
  /** Each line below the threshold, the patient's own quoted words apart. */
  hardLines: HardLine[];
  /** A Welsh version is part of the plan: Flesch reading ease is for English, so it is not scored. */
  welshNotScored: boolean;
  threshold: number;
}

interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

const WORD = /[A-Za-zÀ-ÿŵŷŴŶ'’]+/g;
/** Lines shorter than this are left to the jargon check: Flesch means little for two words. */
export const MIN_WORDS_TO_FLAG = 4;

function count(text: string): Counts {
  const words = text.match(WORD) ?? [];
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  // A line is at least one sentence; inside it only ". ! ?" end one (not a newline or a label).
  const sentences = words.length ? Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length) : 0;
  return { words: words.length, sentences, syllables };
}

function figures({ words, sentences, syllables }: Counts): Readability {
  if (words === 0) return { readingEase: 100, readingAge: 5, words: 0, sentences: 0 };
  const wps = words / sentences;
  const spw = syllables / words;
  const ease = 206.835 - 1.015 * wps - 84.6 * spw;
  const grade = 0.39 * wps + 11.8 * spw - 15.59;
  return {
    readingEase: Math.round(ease * 10) / 10,
    readingAge: Math.max(5, Math.round((grade + 5) * 10) / 10),
    words,
    sentences,
  };
}

/**
 * Honest readability of the patient version (docs/plan-truth.md, "Honest readability"):
 * only the prose is scored, each line as its own sentence or sentences, so headings and
 * "Label: value" lines no longer inflate the figure; every line harder than `threshold`
 * is listed with its own figure.
 */
export function assessPlanReadability(docs: readonly PlanDocument[], threshold = 60): PlanReadability {
  const total: Counts = { words: 0, sentences: 0, syllables: 0 };
  const hardLines: HardLine[] = [];
  for (const doc of docs) {
    if (doc.language !== 'en') continue;
    for (const s of doc.sections) {
      for (const l of s.lines) {
        // Clinical values and the sign-off (names, dates) are not prose.
        if (l.verbatim) continue;
        const c = count(l.text);
        total.words += c.words;
        total.sentences += c.sentences;
        total.syllables += c.syllables;
        const own = figures(c);
        if (!l.quote && c.words >= MIN_WORDS_TO_FLAG && own.readingEase < threshold) {
          hardLines.push({
            heading: s.heading,
            ...(l.label ? { label: l.label } : {}),
            text: l.text,
            readingEase: own.readingEase,
            readingAge: own.readingAge,
          });
        }
      }
    }
  }
  return {
    overall: figures(total),
    hardLines,
    welshNotScored: docs.some((d) => d.language === 'cy'),
    threshold,
  };
}
