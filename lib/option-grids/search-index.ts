import type { OptionGrid } from './grid';

/**
 * Search as you type over every grid by condition, keyword or title.
 * Built once when the grid list loads; each keystroke then costs a binary
 * search per typed word over the sorted vocabulary, not a scan of all text
 * (budget: ≤ 2 ms median per keystroke over 500 grids, measured in bench/).
 */

export interface GridSearchIndex {
  /** Every distinct word, sorted, for prefix lookup. */
  readonly words: readonly string[];
  /** For words[i]: grid position → best field weight the word has in that grid. */
  readonly postings: readonly ReadonlyMap<number, number>[];
  readonly titles: readonly string[];
}

/** Title words count most, then keywords (conditions, synonyms), then the rest. */
const WEIGHT = { title: 4, keyword: 3, decision: 2, option: 1 } as const;

/** Lower case, accents folded (Welsh ŵ → w), split on anything not a letter or digit. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function buildGridIndex(grids: readonly OptionGrid[]): GridSearchIndex {
  const byWord = new Map<string, Map<number, number>>();
  const add = (text: string, position: number, weight: number) => {
    for (const word of searchWords(text)) {
      let posting = byWord.get(word);
      if (!posting) byWord.set(word, (posting = new Map<number, number>()));
      posting.set(position, Math.max(posting.get(position) ?? 0, weight));
    }
  };
  grids.forEach((grid, position) => {
    add(grid.title, position, WEIGHT.title);
    for (const keyword of grid.keywords) add(keyword, position, WEIGHT.keyword);
    add(grid.decision, position, WEIGHT.decision);
    for (const option of grid.options) add(option.label, position, WEIGHT.option);
  });
  const words = [...byWord.keys()].sort();
  return {
    words,
    postings: words.map((word) => byWord.get(word) ?? new Map<number, number>()),
    titles: grids.map((grid) => grid.title.toLowerCase()),
  };
}

/**
 * Positions of the grids matching every typed word (each as a word prefix),
 * best first. An empty query matches nothing: the list shows on typing.
 */
export function searchGridIndex(index: GridSearchIndex, query: string, limit = 20): number[] {
  const queryWords = searchWords(query);
  if (queryWords.length === 0) return [];
  let scores: Map<number, number> | null = null;
  for (const queryWord of queryWords) {
    const matches = prefixMatches(index, queryWord);
    if (scores === null) {
      scores = matches;
    } else {
      const previous: Map<number, number> = scores;
      scores = new Map();
      for (const [position, score] of matches) {
        const before = previous.get(position);
        if (before !== undefined) scores.set(position, before + score);
      }
    }
    if (scores.size === 0) return [];
  }
  return [...(scores ?? new Map<number, number>())]
    .sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || compareTitles(index, a, b))
    .slice(0, limit)
    .map(([position]) => position);
}

/** Best weight per grid among vocabulary words starting with `prefix`; an exact word scores a little more. */
function prefixMatches(index: GridSearchIndex, prefix: string): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = lowerBound(index.words, prefix); i < index.words.length; i++) {
    const word = index.words[i] ?? '';
    if (!word.startsWith(prefix)) break;
    const bonus = word === prefix ? 0.5 : 0;
    for (const [position, weight] of index.postings[i] ?? []) {
      found.set(position, Math.max(found.get(position) ?? 0, weight + bonus));
    }
  }
  return found;
}

function lowerBound(words: readonly string[], target: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] ?? '') < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareTitles(index: GridSearchIndex, a: number, b: number): number {
  return (index.titles[a] ?? '').localeCompare(index.titles[b] ?? '');
}
