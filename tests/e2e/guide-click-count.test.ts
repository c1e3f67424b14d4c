import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { expectStep, expectStored, ruler } from './guide-support';

/**
 * Issue 3, "Done when": the quick path from an empty panel to a complete agreed
 * plan (agenda item, option chosen, goal, first action, confidence, follow-up)
 * takes at most 15 clicks or key presses beyond the free text typed.
 *
 * Every click and every non-text key (Enter, Tab, Alt+N) goes through `click`
 * or `press` and is counted, including the click that puts the cursor in a box.
 * Free text goes through `type` and is not counted.
 */
describe('guide: the quick path is short', () => {
  let session: Session;
  let panel: Page;
  const actions: string[] = [];
  const click = async (target: Locator, what: string) => {
    await target.click();
    actions.push(`click ${what}`);
  };
  const press = async (key: string) => {
    await panel.keyboard.press(key);
    actions.push(`press ${key}`);
  };
  const type = (text: string) => panel.keyboard.type(text);

  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await expectStep(panel, '2. Agenda setting');
  });
  afterAll(async () => {
    await session.close();
  });

  it('reaches a complete agreed plan in at most 15 clicks or key presses', async () => {
    // Agenda: the patient's item, in their words.
    await click(
      panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
      'agenda box',
    );
    await type('My blood pressure was high');
    await press('Enter');
    await press('Alt+n');
    await expectStep(panel, '4. Discussing options');

    // Options: two typed, plus doing nothing.
    await click(panel.getByRole('textbox', { name: 'Add an option', exact: true }), 'option box');
    await type('Blood pressure tablet');
    await press('Enter');
    await type('Walking and less salt first');
    await press('Enter');
    await click(panel.getByRole('button', { name: 'Add “do nothing for now”' }), 'do nothing');
    await press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');

    // Agreement: the choice, goal, first action, confidence, follow-up, agreed.
    await click(
      panel.getByRole('group', { name: 'Option chosen' }).getByLabel('Walking and less salt first'),
      'option chosen',
    );
    await click(panel.getByRole('textbox', { name: 'Goal' }), 'goal box');
    await type('Blood pressure under 140/90 by March');
    await press('Tab');
    await type('Walk 20 minutes after lunch');
    await click(
      ruler(panel, /^How confident are you that you will/)
        .locator('label')
        .filter({ hasText: /^8$/ }),
      'confidence 8',
    );
    await click(panel.getByRole('button', { name: 'Follow-up in 3 months' }), 'follow-up in 3 months');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    const chosen = stored.options.options.find((o) => o.label === 'Walking and less salt first');
    expect(stored.agenda.items.map((i) => i.text)).toEqual(['My blood pressure was high']);
    expect(stored.agreement).toMatchObject({
      chosenOptionIds: [chosen?.id],
      goal: 'Blood pressure under 140/90 by March',
      firstAction: 'Walk 20 minutes after lunch',
      confidence: 8,
    });
    expect(stored.agreement.followUpDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stored.agreement.followUpDate > new Date().toISOString().slice(0, 10)).toBe(true);
    console.info(`Quick path: ${actions.length} clicks or key presses\n  ${actions.join('\n  ')}`);
    expect(actions.length).toBeLessThanOrEqual(15);
    expect(session.offMachineRequests).toEqual([]);
  });
});
