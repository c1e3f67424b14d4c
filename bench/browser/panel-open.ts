import type { Figure } from '../report/figure';
import { median, percentile } from '../report/stats';
import { benchDraft } from './draft';
import { BLANK_PAGE, PANEL_PAGE, timeOpen, type BenchSession } from './session';

export interface OpenTimes {
  panel: number[];
  blank: number[];
}

/**
 * Opens the side panel and the blank page alternately, so both meet the same
 * background noise, and returns every sample after `warmup` discarded pairs.
 */
export async function sampleOpenTimes(bench: BenchSession, runs: number, warmup = 3): Promise<OpenTimes> {
  const times: OpenTimes = { panel: [], blank: [] };
  for (let i = 0; i < warmup + runs; i += 1) {
    const blank = await timeOpen(bench, BLANK_PAGE);
    const panel = await timeOpen(bench, PANEL_PAGE);
    if (i < warmup) continue;
    times.blank.push(blank.ms);
    times.panel.push(panel.ms);
  }
  return times;
}

export async function seedOpenDraft(bench: BenchSession): Promise<void> {
  await bench.inExtension('seed-db', { current: benchDraft() });
}

export async function panelOpen(bench: BenchSession, runs = 25): Promise<Figure[]> {
  await seedOpenDraft(bench);
  const times = await sampleOpenTimes(bench, runs);
  return [
    {
      id: 'panel-open',
      name: 'Panel open (median)',
      value: median(times.panel),
      unit: 'ms',
      baseline: { name: 'blank extension page', value: median(times.blank) },
      budget: { max: 1.5, of: 'ratio' },
      method:
        'New tab → sidepanel.html; in-page performance.now() at the first animation frame where an enabled control shows the restored draft (a full consultation read from IndexedDB). Blank page (bench-blank.html, one button, no script) timed the same way, alternating.',
      notes: [
        `${runs} runs each after 3 warm-up pairs`,
        `panel p90 ${percentile(times.panel, 90).toFixed(1)} ms, blank p90 ${percentile(times.blank, 90).toFixed(1)} ms`,
      ],
    },
  ];
}
