import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/**
 * Counts the IndexedDB writes (put/add/delete per object store) the side panel makes
 * while a clinician types 300 characters (docs/privacy.md, "Fewer copies"). Every write
 * of a record leaves one more copy of its text in the browser's storage files until
 * they are compacted, so saves while typing are coalesced; the synchronous journal
 * (lib/storage/draft-journal.ts) keeps every keystroke safe meanwhile.
 */
const COUNT_WRITES = `
  globalThis.__writes = {};
  for (const method of ['put', 'add', 'delete']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      globalThis.__writes[this.name] = (globalThis.__writes[this.name] ?? 0) + 1;
      return original.apply(this, args);
    };
  }
`;

const TYPED = 'Walking to the allotment with my neighbour on dry mornings, and resting after. '
  .repeat(4)
  .slice(0, 300);

describe('saves while typing', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await session.context.addInitScript(COUNT_WRITES);
  });
  afterAll(async () => {
    await session.close();
  });

  it('writes the consultation at most about twice a second while typing, and all of it on blur', async () => {
    const panel = await session.openSidePanel();
    const field = panel.getByLabel('What matters to the patient');
    await field.waitFor({ timeout: 15_000 });
    await panel.evaluate(() => ((globalThis as { __writes?: object }).__writes = {}));
    await field.click();
    const started = Date.now();
    await field.pressSequentially(TYPED, { delay: 25 });
    const typingMs = Date.now() - started;
    await field.press('Tab');
    await expect
      .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'), { timeout: 15_000 })
      .toBe('saved');
    const writes = await panel.evaluate(() => (globalThis as { __writes?: Record<string, number> }).__writes);
    console.log(
      `IndexedDB writes while typing ${TYPED.length} characters over ${typingMs} ms: ${JSON.stringify(writes)}`,
    );
    const consultationWrites = writes?.consultations ?? 0;
    // At most one write per 500 ms of typing, plus the flush on blur (and one for a slow first frame).
    expect(consultationWrites).toBeLessThanOrEqual(Math.ceil(typingMs / 500) + 2);
    expect(consultationWrites).toBeGreaterThan(0);

    // Everything typed is in IndexedDB itself, not only in the journal.
    const stored = await panel.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('cocreate');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const request = open.result.transaction('consultations').objectStore('consultations').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(
                (request.result as { agenda: { whatMatters: string } }[]).map((c) => c.agenda.whatMatters),
              );
            };
          };
        }),
    );
    expect(stored).toContain(TYPED);
    await panel.close();
  });
});
