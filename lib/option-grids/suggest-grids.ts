import type { OptionGrid } from './grid';
import { searchWords } from './search-index';

/**
 * Grids that fit what the patient said (docs/quick-path.md, "Grid from the
 * agenda"): a grid is suggested when every word of one of its keywords (or of
 * its title) appears in the agenda or the problem, so "My blood pressure was
 * high" finds "high blood pressure" and "the letter about my cholesterol"
 * finds the statin grid. One click then opens it instead of a search.
 * Best first: the longest keyword matched, then the most keywords matched.
 */
export function suggestGrids(grids: readonly OptionGrid[], text: string, limit = 3): OptionGrid[] {
  const said = new Set(searchWords(text));
  if (said.size === 0) return [];
  const scored = grids.flatMap((grid) => {
    const matched = [...grid.keywords, grid.title]
      .map((phrase) => searchWords(phrase))
      .filter((words) => words.length > 0 && words.every((word) => said.has(word)));
    if (matched.length === 0) return [];
    const longest = Math.max(...matched.map((words) => words.length));
    return [{ grid, longest, count: matched.length }];
  });
  return scored
    .sort((a, b) => b.longest - a.longest || b.count - a.count || a.grid.title.localeCompare(b.grid.title))
    .slice(0, limit)
    .map((s) => s.grid);
}
