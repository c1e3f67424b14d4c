import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { expectStep, expectStored, ruler } from './guide-support';

/**
 * Three realistic ten-minute consultations from an empty panel to "Plan agreed"
 * (docs/quick-path.md, "Measured"): at most 15 actions each with a grid, goal,
 * first step, confidence, task and follow-up, at most 10 for an informed choice
 * of no treatment.
 *
 * Every click and every non-text key (Enter, Tab, Alt+N) goes through `click`
 * or `press` and is counted, including the click that puts the cursor in a box.
 * Free text goes through `type` and is not counted.
 */
describe('guide: a real ten-minute consultation is short', () => {
  let session: Session;
  let panel: Page;
  let actions: string[] = [];
  const click = async (target: Locator, what: string) => {
    await target.click();
    actions.push(`click ${what}`);
  };
  const press = async (key: string) => {
    await panel.keyboard.press(key);
    actions.push(`press ${key}`);
  };
  const type = (text: string) => panel.keyboard.type(text);
  const rulerPoint = (question: RegExp, value: number) =>
    ruler(panel, question)
      .locator('label')
      .filter({ hasText: new RegExp(`^${value}$`) });
  const option = (group: string, label: string) =>
    panel.getByRole('group', { name: group }).getByLabel(new RegExp(`^${label}`));
  const report = (scenario: string) =>
    console.info(`${scenario}: ${actions.length} actions\n  ${actions.join('\n  ')}`);

  beforeAll(async () => {
    session = await launch();
  });
  beforeEach(async () => {
    actions = [];
    panel = await session.openSidePanel();
    await panel.setViewportSize({ width: 420, height: 900 });
    await expectStep(panel, '2. Agenda setting');
  });
  afterEach(async () => {
    // The next scenario starts from an empty panel: a new consultation, as after "Start new".
    await panel.getByRole('button', { name: 'Start new consultation' }).click();
    await panel.getByRole('button', { name: 'Yes, start new' }).click();
    await expectStored(panel, (c) => c.status, 'open');
    await panel.close();
  });
  afterAll(async () => {
    expect(session.offMachineRequests).toEqual([]);
    await session.close();
  });

  it('raised blood pressure: grid, choice, goal, first step, confidence 8, a task, follow-up in ≤ 15', async () => {
    await click(
      panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
      'agenda box',
    );
    await type('My blood pressure was high at the pharmacy');
    await press('Enter');
    await press('Alt+n');
    await expectStep(panel, '4. Discussing options');

    // The grid that fits the agenda is one click; one click on an option leans and chooses.
    await click(
      panel.getByRole('button', { name: 'Raised blood pressure: what to do next' }),
      'suggested grid',
    );
    await click(option('Which option does the patient lean to?', 'Healthy changes first'), 'healthy changes');
    await press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');

    await click(panel.getByRole('textbox', { name: 'Goal' }), 'goal box');
    await type('Home blood pressure under 135/85 by the spring');
    await press('Tab');
    await type('Walk 20 minutes after lunch');
    // "When" from the words just typed, "how often" from the usual answers: one click each.
    await click(panel.getByRole('button', { name: 'After lunch', exact: true }), 'when: after lunch');
    await click(panel.getByRole('button', { name: 'Every day', exact: true }), 'how often: every day');
    await click(rulerPoint(/^How confident are you that you will/, 8), 'confidence 8');
    await click(panel.getByRole('textbox', { name: 'Who does what: add a task' }), 'task box');
    await type('Take home readings twice a day for a week');
    await press('Enter');
    await click(panel.getByRole('button', { name: 'Follow-up in 4 weeks' }), 'follow-up in 4 weeks');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    expect(stored.options.grid?.id).toBe('raised-blood-pressure');
    expect(stored.options.leaning).toEqual(['lifestyle']);
    expect(stored.agreement).toMatchObject({
      chosenOptionIds: ['lifestyle'],
      noTreatment: false,
      goal: 'Home blood pressure under 135/85 by the spring',
      firstAction: 'Walk 20 minutes after lunch',
      when: 'After lunch',
      howOften: 'Every day',
      confidence: 8,
      responsibilities: [{ who: 'patient', task: 'Take home readings twice a day for a week' }],
    });
    expect(stored.agreement.followUpDate > new Date().toISOString().slice(0, 10)).toBe(true);
    report('Raised blood pressure');
    expect(actions.length).toBeLessThanOrEqual(15);
  });

  it('low back pain by telephone: confidence 5, problem-solved to 7, in ≤ 15', async () => {
    await click(panel.getByRole('group', { name: 'Appointment type' }).getByLabel('Telephone'), 'telephone');
    await click(
      panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
      'agenda box',
    );
    await type('Back pain for three weeks, worse at work');
    await press('Enter');
    await press('Alt+n');
    await expectStep(panel, '4. Discussing options');

    await click(panel.getByRole('button', { name: 'Low back pain: what can help' }), 'suggested grid');
    await click(
      option('Which option does the patient lean to?', 'Keep active, with advice on looking after your back'),
      'keep active',
    );
    await press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');

    await click(panel.getByRole('textbox', { name: 'Goal' }), 'goal box');
    await type('Back at work without painkillers in four weeks');
    await press('Tab');
    await type('Walk for ten minutes every morning');
    await click(rulerPoint(/^How confident are you that you will/, 5), 'confidence 5');
    await panel.getByText('What would help get that to a 7?', { exact: false }).waitFor();
    // Problem-solving: the patient names what gets in the way and finds the way round it.
    await click(
      panel.getByRole('textbox', { name: 'What might get in the way', exact: true }),
      'barrier box',
    );
    await type('Mornings are a rush before the school run');
    await press('Enter');
    // As a clinician would: type once the cursor is seen in the new "Way round it" box.
    await panel
      .getByRole('textbox', { name: 'Way round it' })
      .last()
      .evaluate(
        (box) =>
          new Promise((resolve) =>
            document.activeElement === box
              ? resolve(true)
              : box.addEventListener('focus', () => resolve(true), { once: true }),
          ),
      );
    await type('Walk back from the school gate instead');
    await click(rulerPoint(/^How confident are you that you will/, 7), 'confidence 7');
    await click(panel.getByRole('button', { name: 'Follow-up in 2 weeks' }), 'follow-up in 2 weeks');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    expect(stored.preparation.appointmentType).toBe('telephone');
    expect(stored.options.grid?.id).toBe('low-back-pain');
    expect(stored.agreement).toMatchObject({
      chosenOptionIds: ['self-care'],
      confidence: 7,
      barriers: [
        {
          barrier: 'Mornings are a rush before the school run',
          wayRound: 'Walk back from the school gate instead',
        },
      ],
    });
    // Keeping active is NICE's first treatment for back pain, not a refusal of care.
    report('Low back pain by telephone');
    expect(actions.length).toBeLessThanOrEqual(15);
  });

  it('informed choice of no statin, in ≤ 10', async () => {
    await click(
      panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
      'agenda box',
    );
    await type('The letter about my cholesterol');
    await press('Enter');
    await press('Alt+n');
    await expectStep(panel, '4. Discussing options');

    await click(
      panel.getByRole('button', { name: 'Statins to lower the risk of heart attack and stroke' }),
      'suggested grid',
    );
    await click(option('Which option does the patient lean to?', 'No statin for now'), 'no statin');
    await press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');

    await click(panel.getByRole('textbox', { name: "Why (in the patient's words)" }), 'why box');
    await type('I understand the odds and would rather not take a tablet');
    await click(panel.getByRole('button', { name: 'Follow-up in 6 months' }), 'follow-up in 6 months');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    expect(stored.agreement).toMatchObject({
      noTreatment: true,
      chosenOptionIds: ['not-now'],
      rationale: 'I understand the odds and would rather not take a tablet',
    });
    report('Informed no statin');
    expect(actions.length).toBeLessThanOrEqual(10);
  });
});
