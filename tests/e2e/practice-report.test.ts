import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { isoWeek } from '../../lib/audit/iso-week';
import { expectStep } from './guide-support';
import { launch, type Session } from './harness';
import { pdfText, printToPdf } from './pdf-support';
import { downloadTeamExport, seedAuditRows, seededRow } from './report-support';

/**
 * The practice report (docs/practice-report.md) in real Chromium: three clinicians' browser
 * profiles each export their figures from "My audit" (one drives a real consultation through
 * the side panel, two stand for months of work with seeded audit rows); a fourth profile reads
 * the three files, refuses a fourth that names a patient, and shows the merged figures, the
 * suppressed cells, collaboRATE for the team and a practice PDSA change on the time line.
 */
const DAY_MS = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS).toISOString();

/** `count` rows over the last 8 weeks; the first `answered` of them with collaboRATE answers (a top score each third). */
function months(prefix: string, count: number, answered: number) {
  return Array.from({ length: count }, (_, i) =>
    seededRow(`${prefix}-${i}`, daysAgo(3 + (i % 50)), {
      collaborate: i < answered ? (i % 3 === 0 ? [7, 9, 9] : [9, 9, 9]) : [null, null, null],
    }),
  );
}

async function auditPage(session: Session): Promise<Page> {
  const audit = await session.openExtensionPage('audit.html');
  await audit.getByRole('heading', { name: 'My audit', level: 1 }).waitFor({ timeout: 15_000 });
  return audit;
}

/** A clinician's profile: seeded months, exported under a role; returns the export's path. */
async function seededClinician(
  prefix: string,
  count: number,
  answered: number,
  role: string,
): Promise<string> {
  const session = await launch();
  try {
    const audit = await auditPage(session);
    await seedAuditRows(audit, months(prefix, count, answered));
    await audit.reload();
    await audit
      .getByRole('region', { name: 'Team export for the practice report' })
      .waitFor({ timeout: 15_000 });
    // The clinician sees on their own page the figures the export gives the practice.
    const understood = audit.getByRole('region', { name: 'Plans given and understood' });
    expect(
      await understood
        .getByRole('row', { name: /^Plan given to the patient/ })
        .getByRole('cell')
        .innerText(),
    ).toMatch(/^(\d+) of \1 \(100%\)$/);
    const axe = await new AxeBuilder({ page: audit }).include('main').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    return keep(await downloadTeamExport(audit, role), prefix);
  } finally {
    await session.close();
  }
}

/** Copies a download out of its profile, which is removed when the profile closes. */
function keep(path: string, name: string): string {
  const copy = join(tmpdir(), `cocreate-team-export-${name}-${process.pid}.json`);
  writeFileSync(copy, readFileSync(path));
  return copy;
}

describe('practice report from three clinicians’ team exports', () => {
  const sessions: Session[] = [];
  afterAll(async () => {
    for (const session of sessions) await session.close();
  });

  it('merges three profiles’ exports, suppresses small cells, applies the 25-response rule and marks a PDSA change', async () => {
    // Clinician 1 drives one real consultation through the side panel, plus two earlier ones seeded: 3 in all.
    const first = await launch();
    let fileOne: string;
    try {
      const panel = await first.openSidePanel();
      await panel.getByLabel('Patient reference').fill('PR 1958');
      await panel.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name: /^5\./ }).click();
      await expectStep(panel, '5. Agreeing the way forward');
      await panel.getByLabel(/^Goal/).fill('Walk to the shop without stopping');
      await expect
        .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
        .toBe('saved');
      const audit = await auditPage(first);
      await seedAuditRows(audit, months('one', 2, 0));
      await audit.reload();
      await expect
        .poll(() => audit.getByRole('definition').first().innerText(), { timeout: 15_000 })
        .toBe('3');
      fileOne = keep(await downloadTeamExport(audit, 'GP', 'Dr Jones'), 'one');
    } finally {
      await first.close();
    }
    const exported = readFileSync(fileOne, 'utf8');
    for (const secret of ['PR 1958', 'PR1958', 'Walk to the shop']) expect(exported).not.toContain(secret);

    // 12 + 20 consultations; 10 + 16 collaboRATE responses: neither clinician has 25, the team has 26.
    const fileTwo = await seededClinician('two', 12, 10, 'Practice nurse');
    const fileThree = await seededClinician('three', 20, 16, 'GP');
    const named = join(tmpdir(), `cocreate-named-${process.pid}.json`);
    writeFileSync(named, JSON.stringify({ ...JSON.parse(exported), patientRef: 'PR 1958' }));

    const practice = await launch();
    sessions.push(practice);
    const report = await practice.openExtensionPage('report.html');
    await report.getByRole('heading', { name: 'Practice report', level: 1 }).waitFor({ timeout: 15_000 });
    await report.getByLabel(/^Choose team export files/).setInputFiles([fileOne, fileTwo, fileThree, named]);

    const refused = report.getByRole('alert');
    await expect.poll(() => refused.innerText(), { timeout: 15_000 }).toContain('nothing of it was kept');
    expect(await refused.innerText()).toContain('could be a patient reference');

    const table = report.getByRole('table', {
      name: 'The whole practice and each clinician, over the whole period',
    });
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}\\b`) }).innerText();
    expect(await row('Whole practice')).toMatch(/^Whole practice\s+35\s/);
    expect(await row('Dr Jones')).toMatch(/fewer than 5/);
    expect(await row('Practice nurse')).toMatch(/^Practice nurse\s+12\s/);
    expect(await row('GP')).toMatch(/^GP\s+20\s/);

    const collaborate = report.getByRole('region', { name: 'What patients said (collaboRATE)' });
    expect(await collaborate.innerText()).toMatch(/of 26 \(\d+%\) complete responses gave the top score/);

    // A practice PDSA cycle, started four weeks ago, on the time line.
    const start = isoWeek(daysAgo(28));
    const form = report.getByRole('form', { name: 'Practice PDSA cycle' });
    await form.getByLabel('Aim', { exact: true }).fill('More plans reviewed');
    await form.getByLabel('Change', { exact: true }).fill('Review date booked before the patient leaves');
    await form.getByLabel('Week the change starts').fill(start);
    await form.getByLabel('Study it up to the week').fill(isoWeek(daysAgo(0)));
    await form.getByRole('button', { name: 'Save practice cycle' }).click();
    const markers = report.getByRole('list', { name: 'Changes marked on the time line' }).first();
    await expect
      .poll(() => markers.innerText(), { timeout: 15_000 })
      .toContain(`PDSA change from ${start}: Review date booked before the patient leaves`);
    expect(await report.locator('.line-chart__marker').count()).toBeGreaterThan(0);

    const shots = process.env.COCREATE_SHOTS_DIR;
    if (shots) {
      await report.setViewportSize({ width: 1280, height: 900 });
      await report.screenshot({ path: join(shots, 'practice-report.png'), fullPage: true });
    }

    // The filled report, charts and tables, with no serious or critical accessibility violation.
    const axe = await new AxeBuilder({ page: report }).analyze();
    const blocking = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([]);

    // Printed on A4 and read back: the report, not the file picker.
    const text = await pdfText(await printToPdf(report));
    for (const part of [
      'Pilot evaluation',
      'How many consultations used Cocreate: 35',
      'fewer than 5',
      'of 26',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('Choose team export files');

    // One HTML file for the practice's records.
    const [download] = await Promise.all([
      report.waitForEvent('download'),
      report.getByRole('button', { name: 'Download as one HTML file' }).click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'');
    expect(html).toContain('How many consultations used Cocreate: 35');
    expect(html).not.toContain('<script');
    expect(practice.offMachineRequests).toEqual([]);
  });
});
