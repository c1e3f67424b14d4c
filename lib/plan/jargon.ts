import TERMS from './jargon-terms.json';

/**
 * A word patients often do not know, and the plain words to use instead (docs/plan-truth.md,
 * "Plain words"). The list is data (lib/plan/jargon-terms.json); a practice adds its own
 * terms with the `jargonExtra` setting, one "term = plain words" a line.
 *
 * - `kind: 'name'`: a medicine or class name. The name is kept and explained, never
 *   replaced ("dapagliflozin (a diabetes medicine …)"): the patient must still know what
 *   they take.
 * - `kind: 'unit'`: a unit. Right after a number it is a clinical value ("152/94 mmHg")
 *   and is neither flagged nor changed.
 * - A term starting with "-" matches the end of a word ("-gliflozin": dapagliflozin).
 */
export interface JargonEntry {
  term: string;
  plain: string;
  kind?: 'name' | 'unit';
}

/** An entry found in a text, with the words as they were found there. */
export interface JargonFound extends JargonEntry {
  found: string;
}

export const JARGON: readonly JargonEntry[] = TERMS as JargonEntry[];

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, RegExp>();

/**
 * Whole words only. All-capital abbreviations (MI, CBT, QRISK) match only in capitals, so
 * the Welsh "mi" is never flagged; lower-case ones (prn, qds, bd, od) match in any case.
 * Digits may touch a term ("5mg", "QRISK3"), letters may not ("bd" inside "abdomen").
 */
function pattern(entry: JargonEntry): RegExp {
  const id = `${entry.kind ?? ''}|${entry.term}|${entry.plain}`;
  const hit = cache.get(id);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const suffix = entry.term.startsWith('-') && entry.term.length > 1;
  const body = suffix ? `[A-Za-z]*${escapeRegExp(entry.term.slice(1))}` : escapeRegExp(entry.term);
  const afterNumber = entry.kind === 'unit' ? '(?<![0-9][ ]?)' : '';
  const explained = entry.kind === 'name' ? `(?! \\(${escapeRegExp(entry.plain)}\\))` : '';
  const caseSensitive = /^[A-Z0-9&-]+$/.test(entry.term.replace(/^-/, ''));
  const made = new RegExp(
    `${afterNumber}(?<![A-Za-z])${body}(?![A-Za-z])${explained}`,
    caseSensitive ? 'g' : 'gi',
  );
  cache.set(id, made);
  return made;
}

/** The jargon found in a text, each entry once, in list order. */
export function findJargon(text: string, list: readonly JargonEntry[] = JARGON): JargonFound[] {
  const found: JargonFound[] = [];
  for (const entry of list) {
    const match = pattern(entry).exec(text);
    if (match) found.push({ ...entry, found: match[0] });
  }
  return found;
}

/** One term's plain words in one string: replaced, or for a medicine name, explained after it. */
export function replaceTerm(text: string, entry: JargonEntry): string {
  return text.replace(pattern(entry), (match) =>
    entry.kind === 'name' ? `${match} (${entry.plain})` : entry.plain,
  );
}

/**
 * A practice's own terms from the `jargonExtra` setting: "term = plain words" a line;
 * "name: term = plain words" keeps a medicine name and explains it. Other lines are ignored.
 */
export function parseJargonExtra(text: unknown): JargonEntry[] {
  if (typeof text !== 'string') return [];
  return text.split(/\r?\n/).flatMap((raw) => {
    const named = /^\s*name:\s*/i.test(raw);
    const [term, plain] = raw
      .replace(/^\s*name:\s*/i, '')
      .split('=')
      .map((s) => s.trim());
    if (!term || !plain) return [];
    return [{ term, plain, ...(named ? { kind: 'name' as const } : {}) }];
  });
}

/** The bundled list with the practice's own terms first (a practice may redefine a term). */
export function jargonList(extra: unknown): readonly JargonEntry[] {
  const own = parseJargonExtra(extra);
  if (own.length === 0) return JARGON;
  const terms = new Set(own.map((e) => e.term));
  return [...own, ...JARGON.filter((e) => !terms.has(e.term))];
}
