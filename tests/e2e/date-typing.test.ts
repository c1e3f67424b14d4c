import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStep, expectStored } from './guide-support';
import { launch, type Session } from './harness';

/**
 * A date typed quickly into the panel's day-first date box is stored as typed: the box never
 * rewrites what is being typed when the store answers an earlier key late ("18/01/20" read as
 * 2020 arriving while the box already held "18/01/202", which then became 18/01/20207).
 */
describe('typing a date at 10 ms a key, in real Chromium', () => {
  let session: Session;
  let panel: Page;

  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').fill('DT 1950');
    await panel.getByRole('navigation', { name: 'Elements' }).getByRole('button', { name: /^5\./ }).click();
    await expectStep(panel, '5. Agreeing the way forward');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('stores 18/01/2027 and the box shows exactly what was typed', async () => {
    const box = panel.getByLabel('Follow-up date');
    await box.click();
    // A slow PC (or one busy elsewhere): the store's answer to a key can arrive after the next key.
    const cdp = await panel.context().newCDPSession(panel);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await box.pressSequentially('18/01/2027', { delay: 10 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    await expectStored(panel, (c) => c.agreement.followUpDate, '2027-01-18');
    expect(await box.inputValue()).toBe('18/01/2027');
  });
});
