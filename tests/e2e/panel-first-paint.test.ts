import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectStored } from './guide-support';
import { EXTENSION_DIR, launch, type Session } from './harness';

const WHAT_MATTERS = 'What matters to the patient';

/** Every script the page runs before anything it imports on demand: its module scripts and their static imports. */
function staticScripts(page: string): Set<string> {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const pending = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+)"/g),
  ].map((match) => match[1]!);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Static imports only: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
      pending.push(`chunks/${match[1]!}`);
  }
  return seen;
}

/** Records, in the page, whether the step ever showed its "Loading…" placeholder. */
const WATCH_PLACEHOLDER = `
  new MutationObserver(() => {
    const step = document.querySelector('.step');
    if (step && /Loading/.test(step.textContent || '')) globalThis.__stepPlaceholderShown = true;
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** IndexedDB refuses to open, as when the browser's storage is broken or the profile is read-only. */
const IDB_REFUSES = `
  IDBFactory.prototype.open = function () {
    throw new DOMException('The storage is not available.', 'UnknownError');
  };
`;

/** Types `text` as what matters, waits until it is saved, and closes the panel, as at the end of a day. */
async function leaveDraft(session: Session, text: string): Promise<void> {
  const panel = await session.openSidePanel();
  await panel.getByLabel(WHAT_MATTERS).fill(text);
  await expect.poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status')).toBe('saved');
  await panel.close();
}

describe('side panel: first paint before the database', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('loads Dexie only on demand: it is not among the scripts the panel starts with, but is in other pages', () => {
    const dexie = (file: string) =>
      readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('MissingAPIError');
    const databaseChunks = readdirSync(join(EXTENSION_DIR, 'chunks'))
      .map((name) => `chunks/${name}`)
      .filter(dexie);
    expect(databaseChunks).toHaveLength(1);
    const panel = staticScripts('sidepanel.html');
    expect(panel.size).toBeGreaterThan(0);
    expect([...panel].filter(dexie)).toEqual([]);
    // The check can fail: a page that needs the database at once does start with it.
    expect([...staticScripts('options.html')].filter(dexie)).toEqual(databaseChunks);
  });

  it('shows the restored draft in the first step without a "Loading…" frame, then saves through the database', async () => {
    session = await launch();
    await leaveDraft(session, 'Walking to the allotment');

    await session.context.addInitScript({ content: WATCH_PLACEHOLDER });
    const requested: string[] = [];
    session.context.on('request', (request) => requested.push(request.url()));
    const reopened = await session.openSidePanel();
    await expect.poll(() => reopened.getByLabel(WHAT_MATTERS).inputValue()).toBe('Walking to the allotment');
    expect(
      await reopened.evaluate(
        () => (globalThis as { __stepPlaceholderShown?: boolean }).__stepPlaceholderShown,
      ),
    ).toBe(undefined);

    // The watch can see a placeholder: a step not in the first load shows one while its code loads.
    await reopened.keyboard.press('Alt+4');
    await expect
      .poll(() =>
        reopened.evaluate(() => (globalThis as { __stepPlaceholderShown?: boolean }).__stepPlaceholderShown),
      )
      .toBe(true);
    await reopened.keyboard.press('Alt+2');

    // Typing after the database loaded in the background is saved to IndexedDB: it survives a reopen.
    await reopened.getByLabel(WHAT_MATTERS).fill('Walking to the allotment twice a week');
    await expect
      .poll(() => reopened.locator('[data-save-status]').getAttribute('data-save-status'))
      .toBe('saved');
    await expect.poll(() => requested.some((url) => /\/chunks\/database-[^/]+\.js$/.test(url))).toBe(true);
    await expectStored(reopened, (c) => c.agenda.whatMatters, 'Walking to the allotment twice a week');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('says in plain words when the database cannot open, instead of "Loading…" for ever', async () => {
    session = await launch();
    await session.context.addInitScript({ content: IDB_REFUSES });
    const panel = await session.openSidePanel();
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('could not open its saved consultations');
    expect(await panel.getByRole('alert').textContent()).toContain('Close and reopen the panel');
    expect(await panel.getByText('Loading…').count()).toBe(0);
  });

  it('keeps the journalled draft on screen and says it is not being saved when the database cannot open', async () => {
    session = await launch();
    await leaveDraft(session, 'Sleeping through the night');

    await session.context.addInitScript({ content: IDB_REFUSES });
    const reopened = await session.openSidePanel();
    await expect
      .poll(() => reopened.getByLabel(WHAT_MATTERS).inputValue())
      .toBe('Sleeping through the night');
    await expect
      .poll(() => reopened.locator('[data-save-status]').getAttribute('data-save-status'))
      .toBe('error');
    expect(await reopened.locator('[data-save-status]').textContent()).toContain(
      'could not open its saved consultations',
    );
    // The way out the save error always offers: every typed word to the clipboard.
    expect(await reopened.getByRole('button', { name: 'Copy my unsaved text' }).isVisible()).toBe(true);
  });
});
