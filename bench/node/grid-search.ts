import { buildGridIndex, searchGridIndex } from '../../lib/option-grids/search-index';
import { benchGrids } from '../fixtures/grids';
import { atScale, GROWTH_FACTORS, growthNote } from '../growth-levels';
import type { Figure } from '../report/figure';
import { median, sampleSync } from '../report/stats';

/** What clinicians type into the grid search, one keystroke at a time (every prefix). */
const QUERIES = ['blood pressure', 'knee pain', 'diabetes', 'low mood sleep', 'statin', 'hrt', 'inhaler'];
const KEYSTROKES = QUERIES.flatMap((query) => Array.from(query, (_, i) => query.slice(0, i + 1)));

function searchTimes(grids: number, rounds: number): { times: number[]; buildMs: number; linear: number[] } {
  const library = benchGrids(grids);
  const start = performance.now();
  const index = buildGridIndex(library);
  const buildMs = performance.now() - start;
  let next = 0;
  const keystroke = () => KEYSTROKES[next++ % KEYSTROKES.length] ?? 'b';
  const times = sampleSync(() => searchGridIndex(index, keystroke()), KEYSTROKES.length * rounds);
  // Same-run baseline: a plain scan of every grid's title for the typed text, no index.
  const titles = library.map((grid) => grid.title.toLowerCase());
  const linear = sampleSync(() => {
    const typed = keystroke();
    return titles.filter((title) => title.includes(typed));
  }, KEYSTROKES.length * rounds);
  return { times, buildMs, linear };
}

/** Per-keystroke grid search over 500 grids (budget ≤ 2 ms median), and growth at 10×–1000× grids. */
export function gridSearchBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const medians: number[] = [];
  for (const factor of GROWTH_FACTORS) {
    const { grids } = atScale(factor);
    const { times, buildMs, linear } = searchTimes(grids, factor === 1000 ? 10 : 40);
    medians.push(median(times));
    const figure: Figure = {
      id: factor === 100 ? 'grid-search' : `growth-grid-search-${factor}x`,
      name:
        factor === 100
          ? 'Grid search per keystroke, 500 grids (median)'
          : `Growth: grid search, ${factor}× data`,
      value: median(times),
      unit: 'ms',
      baseline: { name: 'title scan without index', value: median(linear) },
      method:
        'Node (V8): lib/option-grids/search-index.ts searchGridIndex for every prefix of seven typical queries over an index built once; baseline is a String.includes scan of every title.',
      notes: [`${grids} grids, ${times.length} keystrokes; index built in ${buildMs.toFixed(1)} ms`],
    };
    if (factor === 100) figure.budget = { max: 2, of: 'value' };
    figures.push(figure);
  }
  const last = figures[figures.length - 1];
  if (last) last.notes = [...(last.notes ?? []), growthNote(medians)];
  return Promise.resolve(figures);
}
