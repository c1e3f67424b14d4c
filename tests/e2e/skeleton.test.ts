import { afterEach, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

describe('walking skeleton in real Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('keeps a typed draft when the side panel is closed and reopened', async () => {
    session = await launch();
    await session.openDemoEhr();
    const panel = await session.openSidePanel();
    const field = panel.getByLabel('What matters to the patient');
    await field.fill('Being able to walk to the allotment');
    await panel.close();

    const reopened = await session.openSidePanel();
    await expect
      .poll(() => reopened.getByLabel('What matters to the patient').inputValue())
      .toBe('Being able to walk to the allotment');
    expect(session.offMachineRequests).toEqual([]);
  });

  it('shows the demo EHR with its real rich-text editors', async () => {
    session = await launch();
    const ehr = await session.openDemoEhr();
    await ehr.waitForSelector('body[data-editors-ready="true"]');
    expect(await ehr.locator('.ck-editor__editable').count()).toBe(1);
    expect(await ehr.locator('.ql-editor').count()).toBe(1);
    expect(session.offMachineRequests).toEqual([]);
  });
});
