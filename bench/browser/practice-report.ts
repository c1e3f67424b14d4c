import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toAuditRow } from '../../lib/audit/audit-row';
import { buildTeamExport } from '../../lib/report/build-team-export';
import { CLINICIAN_ROLES } from '../../lib/report/team-export';
import { fullConsultations } from '../fixtures/consultation';
import type { Figure } from '../report/figure';
import { median } from '../report/stats';
import { BLANK_PAGE, pollInPage, type BenchSession } from './session';

const CLINICIANS = 10;
const CONSULTATIONS = 20_000;
const SAMPLES = 7;

/** Ten clinicians' team exports over a year: the fixture consultations (spread over the year) dealt out in turn. */
function writeExports(dir: string): string[] {
  const rows = fullConsultations(CONSULTATIONS).map(toAuditRow);
  return Array.from({ length: CLINICIANS }, (_, c) => {
    const mine = rows.filter((_, i) => i % CLINICIANS === c);
    const file = buildTeamExport(
      mine,
      { from: '2025-11-01', to: '2026-11-30' },
      {
        role: CLINICIAN_ROLES[c % CLINICIAN_ROLES.length]!,
        label: null,
        source: 'abcdefghijk' + 'abcdefghij'[c],
      },
    );
    const path = join(dir, `team-export-${c}.json`);
    writeFileSync(path, JSON.stringify(file, null, 1));
    return path;
  });
}

/**
 * In the page: the time from the files' `change` event to the frame after `done` matches,
 * recorded there so Playwright's own latency is not in the figure.
 */
const WATCH = (done: string) => `(() => {
  window.__t0 = 0; window.__t1 = 0;
  document.addEventListener('change', () => { window.__t0 = performance.now(); }, true);
  const seen = () => { if (!window.__t1 && window.__t0 && (${done})) requestAnimationFrame(() => setTimeout(() => { window.__t1 = performance.now(); })); };
  new MutationObserver(seen).observe(document.body, { childList: true, subtree: true, characterData: true });
  window.__seen = seen;
})()`;

/** The baseline page: a file input that only reads and parses the same files, then shows how many. */
const BLANK_READER = `(() => {
  const input = document.createElement('input');
  input.type = 'file'; input.multiple = true; input.id = 'files';
  input.addEventListener('change', async () => {
    const texts = await Promise.all([...input.files].map((f) => f.text()));
    const out = document.createElement('p');
    out.id = 'read';
    out.textContent = String(texts.map((t) => JSON.parse(t)).length);
    document.body.append(out);
  });
  document.body.append(input);
})()`;

async function timeOne(bench: BenchSession, page: string, files: string[]): Promise<number> {
  const tab: Page = await bench.session.context.newPage();
  try {
    await tab.goto(bench.url(page));
    if (page === BLANK_PAGE) await tab.evaluate(BLANK_READER);
    else await tab.getByLabel(/^Choose team export files/).waitFor();
    const done =
      page === BLANK_PAGE
        ? "document.getElementById('read')"
        : 'document.querySelector(\'article[aria-label="Practice report"] section:last-child\')';
    await tab.evaluate(WATCH(done));
    await tab.locator(page === BLANK_PAGE ? '#files' : '#report-files').setInputFiles(files);
    return await pollInPage<number>(tab, 'window.__t1 && window.__t1 - window.__t0');
  } finally {
    await tab.close();
  }
}

/**
 * The practice report page over a year of a 10-clinician practice (~20,000 consultations in
 * weekly rows): from choosing the ten files to the frame after the whole report is on screen.
 */
export async function practiceReportBench(bench: BenchSession): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cocreate-bench-report-'));
  try {
    const files = writeExports(dir);
    const report: number[] = [];
    const blank: number[] = [];
    // Alternated, so load on the machine falls on both alike.
    for (let i = 0; i < SAMPLES; i += 1) {
      blank.push(await timeOne(bench, BLANK_PAGE, files));
      report.push(await timeOne(bench, 'report.html', files));
    }
    return [
      {
        id: 'practice-report',
        name: 'Practice report: 10 clinicians, 12 months (~20,000 consultations)',
        value: median(report),
        unit: 'ms',
        baseline: { name: 'blank page reading and parsing the same 10 files', value: median(blank) },
        budget: { max: 250, of: 'value' },
        method:
          'report.html in Chromium: ten team exports (lib/report/build-team-export.ts over 20,000 fixture consultations dealt to 10 clinicians, a year of weeks) chosen in the file input; in-page time from the change event to the frame after the last report section renders (read, verify, merge, build, render). Median of 7, alternated with the baseline.',
        notes: [`${SAMPLES} samples each; report ${report.map((t) => t.toFixed(0)).join(', ')} ms`],
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
