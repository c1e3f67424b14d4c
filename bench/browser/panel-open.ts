import type { Figure } from '../report/figure';
import { median, percentile } from '../report/stats';
import { benchDraft } from './draft';
import { BLANK_PAGE, ONE_SCRIPT_PAGE, PANEL_PAGE, pollInPage, timeOpen, type BenchSession } from './session';

export type OpenTimes<Name extends string> = Record<Name, number[]>;

/**
 * Opens each page in turn, round after round, and returns every sample after `warmup` discarded
 * rounds. Every page meets the same background noise; the order turns round each round, so no
 * page always opens straight after the same other one.
 */
export async function sampleOpenTimes<Name extends string>(
  bench: BenchSession,
  pages: Record<Name, string>,
  runs: number,
  warmup = 3,
): Promise<OpenTimes<Name>> {
  const names = Object.keys(pages) as Name[];
  const times = Object.fromEntries(names.map((name) => [name, []])) as unknown as OpenTimes<Name>;
  for (let round = 0; round < warmup + runs; round += 1) {
    for (const name of round % 2 === 0 ? names : [...names].reverse()) {
      const { ms } = await timeOpen(bench, pages[name]);
      if (round >= warmup) times[name].push(ms);
    }
  }
  return times;
}

export async function seedOpenDraft(bench: BenchSession): Promise<void> {
  await bench.inExtension('seed-db', { current: benchDraft() });
}

/** A baseline that ran a script would flatter every ratio measured against it. */
async function assertBlankRunsNoScript(bench: BenchSession): Promise<void> {
  const { tab } = await timeOpen(bench, BLANK_PAGE, true);
  const scripts = await pollInPage<string>(tab, 'String(document.scripts.length)');
  await tab.close();
  if (scripts !== '0')
    throw new Error(`The blank baseline page runs ${scripts} script(s); it must run none.`);
}

export async function panelOpen(bench: BenchSession, runs = 31): Promise<Figure[]> {
  await seedOpenDraft(bench);
  await assertBlankRunsNoScript(bench);
  const times = await sampleOpenTimes(
    bench,
    { blank: BLANK_PAGE, oneScript: ONE_SCRIPT_PAGE, panel: PANEL_PAGE },
    runs,
  );
  const blank = { name: 'blank extension page', value: median(times.blank) };
  // The budget is against the floor any page with a script pays (docs/performance.md, "Panel open"):
  // against a page with no script the floor alone measured 1.20–1.48× on this kind of machine.
  const floor = { name: 'one-script extension page', value: median(times.oneScript) };
  const samples = `${runs} runs of each page after 3 warm-up rounds, in turn`;
  return [
    {
      id: 'panel-open',
      name: 'Panel open (median)',
      value: median(times.panel),
      unit: 'ms',
      baseline: floor,
      budget: { max: 1.2, of: 'ratio' },
      method:
        'New tab → sidepanel.html; in-page performance.now() at the first animation frame where an enabled control of the step shows the restored draft (a full consultation). Baseline: bench-one-script.html (one five-line module script that adds one text box) timed the same way, in turn with it; bench-blank.html (no script) is printed beside it.',
      notes: [
        samples,
        `panel p90 ${percentile(times.panel, 90).toFixed(1)} ms, one-script p90 ${percentile(times.oneScript, 90).toFixed(1)} ms, blank p90 ${percentile(times.blank, 90).toFixed(1)} ms`,
        `panel ${(median(times.panel) / blank.value).toFixed(2)}× the blank page (no script)`,
        `one-script page ${(floor.value / blank.value).toFixed(2)}× the blank page: no page whose content needs a script opens faster here`,
      ],
    },
    {
      id: 'one-script-open',
      name: 'One-script page open (median), the floor',
      value: median(times.oneScript),
      unit: 'ms',
      baseline: blank,
      method:
        'bench-one-script.html: one module script of five lines that adds one text box; timed as panel open, in turn with it. What any page pays for running a script at all.',
      notes: [samples],
    },
  ];
}
