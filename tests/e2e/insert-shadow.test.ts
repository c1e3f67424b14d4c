import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './harness';
import {
  openDemoPage,
  panelWithNote,
  planStatus,
  pressInsert,
  savedBy,
  turnToPanel,
  wordLines,
} from './insert-support';
import { launchAllowed } from './plan-support';

/**
 * Notes inside web components (demo-ehr/components.html): open shadow roots, one two deep, and a
 * closed one Cocreate must not pretend to reach.
 */
describe('Insert into notes inside web components, in real Chromium', () => {
  let session: Session;
  let remove: () => void;
  let panel: Page;
  let ehr: Page;
  let note: string;
  const target = () => panel.locator('[data-insert-target]').textContent();

  beforeAll(async () => {
    ({ session, remove } = await launchAllowed());
    panel = await session.openSidePanel();
    note = await panelWithNote(panel);
    ehr = await openDemoPage(session, 'components.html');
  });

  afterAll(async () => {
    await session?.close();
    remove?.();
  });

  it.each([
    ['an open shadow root', '#shadow-note textarea', 'Consultation note (web component)', 'shadow-note'],
    ['a component inside a component (two roots deep)', '#section textarea', 'Care plan', 'nested-note'],
  ])(
    'finds the note in %s, and the component’s own Save keeps every line',
    async (_where, field, label, saved) => {
      await ehr.bringToFront();
      await ehr.locator(field).click();
      await turnToPanel(panel);
      await expect.poll(target, { timeout: 15_000 }).toContain(label);
      await expect
        .poll(() => panel.locator('[data-patient-lock]').getAttribute('data-patient-lock'))
        .toBe('bound');
      await pressInsert(panel);
      await expect.poll(() => planStatus(panel), { timeout: 15_000 }).toContain(`Inserted into ${label}`);
      expect(wordLines(await savedBy(ehr, saved))).toEqual(wordLines(note));
    },
  );

  it('a closed shadow root: said plainly, nothing written, the note copied instead', async () => {
    await ehr.bringToFront();
    const host = await ehr.locator('#closed-note').boundingBox();
    if (!host) throw new Error('the closed note is not shown');
    // Playwright cannot see inside a closed root either: the clinician's click lands in its textarea.
    await ehr.mouse.click(host.x + host.width / 2, host.y + 70);
    expect(await ehr.evaluate(() => document.activeElement?.id)).toBe('closed-note');
    await turnToPanel(panel);
    await expect.poll(target, { timeout: 15_000 }).toContain('closed shadow root');
    await pressInsert(panel);
    await expect.poll(() => planStatus(panel), { timeout: 15_000 }).toContain('Nothing was written');
    expect(await planStatus(panel)).toContain('closed shadow root');
    expect(await planStatus(panel)).toContain('copied');
    // Its own Save, at the foot of the component: the model holds nothing.
    await ehr.bringToFront();
    await ehr.mouse.click(host.x + 25, host.y + host.height - 10);
    const saved = await ehr.evaluate(
      () => (window as unknown as { demoSaved: Record<string, string> }).demoSaved,
    );
    expect(saved['closed-note']).toBe('');
    expect(session.offMachineRequests).toEqual([]);
  });
});
