import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectStored } from './guide-support';
import { EXTENSION_DIR, launch, type Session } from './harness';

const WHAT_MATTERS = 'What matters to the patient';

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

/** The chunks a script imports: statically, or on demand when `onDemand` (`import("./x.js")` and Vite's preload lists). */
function importsOf(file: string, onDemand: boolean): string[] {
  const code = read(file);
  // Static: `import{a}from"./x.js"` and `import"./x.js"`, not `import("./x.js")`.
  const found = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map(
    (match) => `chunks/${match[1]!}`,
  );
  if (onDemand) {
    found.push(...[...code.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((match) => `chunks/${match[1]!}`));
    found.push(...[...code.matchAll(/"(chunks\/[^"]+\.js)"/g)].map((match) => match[1]!));
  }
  return found;
}

/** Every script the page can run: with `onDemand` false, only what it runs before anything it imports on demand. */
function scriptsOf(page: string, onDemand = false): Set<string> {
  const pending = [
    ...read(page).matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+)"/g),
  ].map((match) => match[1]!);
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...importsOf(file, onDemand));
  }
  return seen;
}

const hasDexie = (file: string) => read(file).includes('MissingAPIError');
/** Preact's renderer: a page that can load two copies of it breaks the moment a lazily loaded step uses hooks. */
const hasPreact = (file: string) => read(file).includes('ownerSVGElement');

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

  it('starts from one script and no style sheet file, so nothing else is fetched before the first paint', () => {
    const html = read('sidepanel.html');
    expect([...scriptsOf('sidepanel.html')]).toHaveLength(1);
    expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
    // The styles are in the page, and the policy allows exactly them (tests/e2e/manifest.test.ts).
    expect(html).toMatch(/<style>[^<]*\.sidebar__header/);
    // Other pages still share their code: the check can fail.
    expect(scriptsOf('options.html').size).toBeGreaterThan(1);
  });

  it('loads Dexie only on demand, and every step it can load uses its one copy of Preact', () => {
    const panelFirst = [...scriptsOf('sidepanel.html')];
    const panelAll = [...scriptsOf('sidepanel.html', true)];
    expect(panelFirst.filter(hasDexie)).toEqual([]);
    expect(panelAll.filter(hasDexie)).toHaveLength(1);
    // The check can fail: a page that needs the database at once does start with it.
    expect([...scriptsOf('options.html')].filter(hasDexie)).toHaveLength(1);
    // Every step, the database and retention are reachable from the panel's script…
    expect(panelAll.length).toBeGreaterThan(20);
    // …and none of them brings the other pages' Preact: the panel has its own, in its one script.
    expect(panelAll.filter(hasPreact)).toEqual(panelFirst);
    expect([...scriptsOf('options.html')].filter(hasPreact)).toHaveLength(1);
  });

  it('leaves out of its first script the offers most openings never show, and loads them when shown', () => {
    const panelFirst = [...scriptsOf('sidepanel.html')];
    const panelAll = [...scriptsOf('sidepanel.html', true)];
    for (const words of [
      'Is this the same person?',
      'Reviews due about now',
      'Earlier consultations for this reference',
    ]) {
      const says = (file: string) => read(file).includes(words);
      expect(panelFirst.filter(says), words).toEqual([]);
      // Reachable on demand: the check can fail if the view is gone altogether.
      expect(panelAll.filter(says).length, words).toBeGreaterThan(0);
    }
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
    const dexie = [...scriptsOf('sidepanel.html', true)].filter(hasDexie);
    await expect
      .poll(() => requested.some((url) => dexie.some((file) => url.endsWith(`/${file}`))))
      .toBe(true);
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
