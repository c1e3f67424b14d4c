import { flesch } from 'flesch';
import { syllable } from 'syllable';

export interface Readability {
  /** Flesch reading ease, 0–100+ (higher is easier). */
  readingEase: number;
  /** Approximate UK reading age from the Flesch–Kincaid grade (grade + 5). */
  readingAge: number;
  words: number;
  sentences: number;
}

const WORD = /[A-Za-zÀ-ÿŵŷŴŶ'’]+/g;

/** Readability of English text; empty text reads as perfectly easy rather than throwing. */
export function measureReadability(text: string): Readability {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return { readingEase: 100, readingAge: 5, words: 0, sentences: 0 };
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)|\n+/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  const counts = { sentence: sentences, word: words.length, syllable: syllables };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return {
    readingEase: Math.round(flesch(counts) * 10) / 10,
    readingAge: Math.max(5, Math.round((grade + 5) * 10) / 10),
    words: words.length,
    sentences,
  };
}

/** Flesch 60+ is "plain English"; below 50 is hard for many patients. */
export function isHardToRead(text: string, threshold = 60): boolean {
  return measureReadability(text).readingEase < threshold;
}
