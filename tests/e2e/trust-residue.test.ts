import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/**
 * After retention removes a consultation's text, no readable copy of it may stay in
 * the browser profile where the extension can prevent it (docs/privacy.md, "What stays
 * on disk"). Types unique markers, purges, restarts Chromium twice, then reads every
 * file of the profile for the markers in UTF-8 and UTF-16LE.
 */
const RUN = Date.now().toString(36).toUpperCase();
const MARKERS = { ref: `QZ${RUN}REF`, note: `Qzv ${RUN} allotment marker` };
const TYPED_ON = new Date('2026-01-05T10:00:00Z');
const PURGED_ON = new Date('2026-09-01T10:00:00Z');

type Hits = Record<string, { utf8: number; utf16le: number }>;

const LOCAL_STORAGE_LOG = /^Default\/Local Storage\/leveldb\/\d+\.log$/;

function count(haystack: Buffer, needle: Buffer): number {
  let hits = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) hits++;
  return hits;
}

/** Every regular file under `dir` that holds a marker, with how many copies in each encoding. */
function scanProfile(dir: string): Record<string, Hits> {
  const found: Record<string, Hits> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) {
        const bytes = readFileSync(path);
        for (const [key, marker] of Object.entries(MARKERS)) {
          const utf8 = count(bytes, Buffer.from(marker, 'utf8'));
          const utf16le = count(bytes, Buffer.from(marker, 'utf16le'));
          if (utf8 + utf16le === 0) continue;
          const file = relative(dir, path);
          found[file] = { ...found[file], [key]: { utf8, utf16le } };
        }
      }
    }
  };
  walk(dir);
  return found;
}

async function openAt(session: Session, path: string, at: Date): Promise<Page> {
  const page = await session.context.newPage();
  await page.clock.setFixedTime(at);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

describe('nothing identifiable lingers after a purge', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('leaves no copy of purged text in any file of the browser profile', async () => {
    session = await launch();
    const { userDataDir } = session;
    const panel = await openAt(session, 'sidepanel.html', TYPED_ON);
    const ref = panel.getByLabel('Patient reference');
    await ref.waitFor({ timeout: 15_000 });
    await ref.click();
    await ref.pressSequentially(MARKERS.ref, { delay: 20 });
    const note = panel.getByLabel('What matters to the patient');
    await note.click();
    await note.pressSequentially(MARKERS.note, { delay: 20 });
    await note.press('Tab');
    await expect
      .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
      .toBe('saved');
    await panel.close();
    const typed = scanProfile(userDataDir);

    const audit = await openAt(session, 'audit.html', PURGED_ON);
    const retention = audit.getByRole('region', { name: 'Old consultation text' });
    await retention
      .getByRole('button', { name: 'Remove text from 1 consultation…' })
      .click({ timeout: 15_000 });
    await retention.getByRole('button', { name: 'Yes, remove the text now' }).click();
    await expect
      .poll(() => retention.innerText(), { timeout: 30_000 })
      .toContain('Removed the typed text from 1 consultation.');
    await audit.close();
    await session.close({ keepProfile: true });

    for (let restart = 0; restart < 2; restart++) {
      session = await launch({ userDataDir });
      const reopened = await session.openSidePanel();
      await expect
        .poll(() => reopened.getByLabel('Patient reference').inputValue(), { timeout: 15_000 })
        .toBe('');
      await reopened.waitForTimeout(3000);
      await reopened.close();
      await session.close({ keepProfile: true });
      session = undefined;
    }

    const left = scanProfile(userDataDir);
    console.log(`Residue scan, markers ${JSON.stringify(MARKERS)}`);
    console.log(`  after typing (before the purge): ${JSON.stringify(typed, null, 1)}`);
    console.log(`  after the purge and two restarts: ${JSON.stringify(left, null, 1)}`);
    session = await launch({ userDataDir });
    expect(Object.keys(typed).length).toBeGreaterThan(0);
    // The one copy the extension cannot remove: the last draft-journal value Chromium committed to
    // its Local Storage log, kept until Chromium itself rewrites that file (docs/privacy.md,
    // "What stays on disk"). Nothing in IndexedDB, the session files or anywhere else.
    const elsewhere = Object.keys(left).filter((file) => !LOCAL_STORAGE_LOG.test(file));
    expect(elsewhere).toEqual([]);
    for (const hits of Object.values(left))
      for (const { utf8, utf16le } of Object.values(hits)) expect(utf8 + utf16le).toBeLessThanOrEqual(1);
  });
});
