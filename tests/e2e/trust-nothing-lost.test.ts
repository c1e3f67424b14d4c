import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

const WHAT_MATTERS = 'What matters to the patient';
const PATIENT_REF = 'Patient reference';

/** Throws IndexedDB's own quota error from every write, as a full disk would (docs/framework.md, "Nothing lost"). */
const QUOTA_FAULT = `
  for (const method of ['put', 'add']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (globalThis.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  }
`;

/** The browser process (not a renderer or helper) that owns this profile. */
function browserPid(userDataDir: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const main = lines.find(
    (line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='),
  );
  if (!main) throw new Error(`No browser process for ${userDataDir}`);
  return Number(main.trim().split(/\s+/)[0]);
}

describe('nothing lost', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('keeps text typed just before the panel is closed (closed within 100 ms)', async () => {
    session = await launch();
    const panel = await session.openSidePanel();
    const field = panel.getByLabel(WHAT_MATTERS);
    await field.click();
    await field.pressSequentially('Walking to the allotment again');
    const lastKey = Date.now();
    // The close is asked for at once; how long the browser then takes to tear the page down is not
    // the clinician's gap (on a loaded machine it alone can take 100–200 ms).
    const closing = panel.close();
    const gap = Date.now() - lastKey;
    await closing;
    expect(gap).toBeLessThan(100);

    const reopened = await session.openSidePanel();
    await expect
      .poll(() => reopened.getByLabel(WHAT_MATTERS).inputValue())
      .toBe('Walking to the allotment again');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('keeps every keystroke shown as saved when the browser is killed mid-typing', async () => {
    session = await launch();
    const { userDataDir } = session;
    const panel = await session.openSidePanel();
    const field = panel.getByLabel(WHAT_MATTERS);
    await field.click();
    await field.pressSequentially('Sleeping through the night');
    await expect
      .poll(() => panel.locator('[data-save-status]').getAttribute('data-save-status'))
      .toBe('saved');
    const shownSaved = await field.inputValue();

    // Keep typing and kill the whole browser while keys are still arriving.
    const typing = field.pressSequentially(' and walking the dog', { delay: 20 }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 150));
    // Read what the UI claims at the instant before the kill, in one round trip.
    const lastShown = await field.evaluate((element) => ({
      value: (element as HTMLTextAreaElement).value,
      status: document.querySelector('[data-save-status]')?.getAttribute('data-save-status'),
    }));
    process.kill(browserPid(userDataDir), 'SIGKILL');
    await typing;
    await session.close({ keepProfile: true }).catch(() => undefined);

    session = await launch({ userDataDir });
    const reopened = await session.openSidePanel();
    const claimedSaved = lastShown.status === 'saved' ? lastShown.value : shownSaved;
    await expect.poll(() => reopened.getByLabel(WHAT_MATTERS).inputValue()).toContain(claimedSaved);
    const recovered = await reopened.getByLabel(WHAT_MATTERS).inputValue();
    // Whatever survived is a prefix of what was typed: no reordering, no corruption.
    expect('Sleeping through the night and walking the dog'.startsWith(recovered)).toBe(true);
    expect(session.offMachineRequests).toEqual([]);
  });

  it('keeps both windows consistent when the same consultation is edited in each', async () => {
    session = await launch();
    const first = await session.openSidePanel();
    const second = await session.openSidePanel();
    await expect.poll(() => second.getByLabel(WHAT_MATTERS).isVisible()).toBe(true);

    await first.getByLabel(PATIENT_REF).fill('AB 1961');
    await second.getByLabel(WHAT_MATTERS).click();
    await second.getByLabel(WHAT_MATTERS).pressSequentially('Gardening');
    await first.getByLabel(WHAT_MATTERS).click();
    await first.getByLabel(WHAT_MATTERS).press('End');
    await first.getByLabel(WHAT_MATTERS).pressSequentially(' and grandchildren');
    await second.getByLabel(PATIENT_REF).press('End');
    await second.getByLabel(PATIENT_REF).pressSequentially(' (Mrs)');

    for (const page of [first, second]) {
      await expect.poll(() => page.getByLabel(PATIENT_REF).inputValue()).toBe('AB 1961 (Mrs)');
      await expect.poll(() => page.getByLabel(WHAT_MATTERS).inputValue()).toBe('Gardening and grandchildren');
    }
    await first.close();
    await second.close();
    const reopened = await session.openSidePanel();
    await expect.poll(() => reopened.getByLabel(PATIENT_REF).inputValue()).toBe('AB 1961 (Mrs)');
    await expect
      .poll(() => reopened.getByLabel(WHAT_MATTERS).inputValue())
      .toBe('Gardening and grandchildren');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('says in plain words when storage is full, keeps the text on screen and copies it', async () => {
    session = await launch();
    await session.context.addInitScript(QUOTA_FAULT);
    const panel = await session.openSidePanel();
    const field = panel.getByLabel(WHAT_MATTERS);
    await expect.poll(() => field.isVisible()).toBe(true);
    await panel.evaluate(() => ((globalThis as { __quotaFull?: boolean }).__quotaFull = true));
    await field.click();
    await field.pressSequentially('Fewer tablets, please');

    const alert = panel.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('run out of storage space');
    expect(await field.inputValue()).toBe('Fewer tablets, please');
    await panel.getByRole('button', { name: 'Copy my unsaved text' }).click();
    await expect.poll(() => alert.textContent()).toContain('Copied');
    // Extension pages may write but not read the clipboard; read it back from a web page instead.
    const ehr = await session.openDemoEhr();
    await session.context.grantPermissions(['clipboard-read'], { origin: new URL(session.demoUrl).origin });
    const copied = await ehr.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Fewer tablets, please');
    // The message stays until a save succeeds; it does not fade away.
    await panel.waitForTimeout(1500);
    expect(await panel.getByRole('alert').textContent()).toContain('run out of storage space');
    expect(session.offMachineRequests).toEqual([]);
  });
});
