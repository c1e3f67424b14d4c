import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { expectStep, expectStored, ruler } from './guide-support';

/**
 * Ten-minute consultations from an empty panel to "Plan agreed"
 * (docs/quick-path.md, "Measured"): three at most 15 actions each with a grid, goal,
 * first step, confidence, task and follow-up, at most 10 for an informed choice
 * of no treatment; then three that record everything a GP records.
 *
 * Every click and every non-text key (Enter, Tab, Alt+N) goes through `click`
 * or `press` and is counted, including the click that puts the cursor in a box.
 * Free text goes through `type` and is not counted.
 */
/**
 * What the everything-recorded scenarios measure now (20 and 20; 25 and 26 counted for the
 * controls before a task's "who" was one click), so they cannot grow. Their goal is 15, and 10
 * for no treatment: not met yet.
 */
const REALISTIC_NOW = 20;
const NO_TREATMENT_NOW = 11;

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
  /** Serious or critical axe violations in one part of the panel as it is now (not counted). */
  const blockingViolations = async (within: string) =>
    (await new AxeBuilder({ page: panel }).include(within).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
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

  /** The informed no-statin path from the agenda to the follow-up date: every action counted. */
  async function noStatinUpToFollowUp(): Promise<void> {
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
  }

  it('informed choice of no statin, in ≤ 10', async () => {
    await noStatinUpToFollowUp();
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

  // Realistic consultations: everything a GP records (patient reference, both agendas, a grid
  // with the choice, goal, first step, when, how often, confidence, a task for the clinician and
  // one for a carer or a service, review date). The goal is 15 actions each; these guard what is
  // measured now (see REALISTIC_NOW) so nothing drifts further while the rest is built.
  const recordsReferenceAndAgendas = async (ref: string, patientSays: string, clinicianSays: string) => {
    await click(panel.getByRole('textbox', { name: 'Patient reference' }), 'reference box');
    await type(ref);
    await click(
      panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
      'agenda box',
    );
    await type(patientSays);
    await press('Enter');
    await click(panel.getByRole('textbox', { name: "Clinician's agenda item" }), 'clinician agenda box');
    await type(clinicianSays);
    await press('Enter');
    await press('Alt+n');
    await expectStep(panel, '4. Discussing options');
  };
  const taskBox = () => panel.getByRole('textbox', { name: 'Who does what: add a task' });
  const forWhom = (name: string) =>
    panel.getByRole('group', { name: 'Add it for' }).getByRole('button', { name, exact: true });

  it('raised blood pressure, everything recorded, a task for me and one for the daughter', async () => {
    await recordsReferenceAndAgendas(
      'JS 1958',
      'My blood pressure was high at the pharmacy',
      'Kidney blood test is due',
    );
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
    await click(panel.getByRole('button', { name: 'After lunch', exact: true }), 'when: after lunch');
    await click(panel.getByRole('button', { name: 'Every day', exact: true }), 'how often: every day');
    await click(rulerPoint(/^How confident are you that you will/, 8), 'confidence 8');
    // A task and its "who" in one click each; the cursor comes back for the next task.
    await click(taskBox(), 'task box');
    await type('Send the kidney blood test form');
    await click(forWhom('Me (the clinician)'), 'for: me');
    await type('Bring the home readings to the next visit');
    await click(panel.getByRole('textbox', { name: /^Or someone new/ }), 'someone new box');
    await type('Daughter');
    await press('Enter');
    await click(panel.getByRole('button', { name: 'Follow-up in 4 weeks' }), 'follow-up in 4 weeks');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    expect(stored.patientRef).toBe('JS 1958');
    expect(stored.agenda.items.map((item) => item.owner)).toEqual(['patient', 'clinician']);
    expect(stored.agreement).toMatchObject({
      chosenOptionIds: ['lifestyle'],
      goal: 'Home blood pressure under 135/85 by the spring',
      firstAction: 'Walk 20 minutes after lunch',
      when: 'After lunch',
      howOften: 'Every day',
      confidence: 8,
      responsibilities: [
        { who: 'clinician', otherName: '', task: 'Send the kidney blood test form' },
        { who: 'other', otherName: 'Daughter', task: 'Bring the home readings to the next visit' },
      ],
    });
    expect(stored.agreement.followUpDate > new Date().toISOString().slice(0, 10)).toBe(true);
    report('Raised blood pressure, everything recorded');
    expect(actions.length).toBeLessThanOrEqual(REALISTIC_NOW);
  });

  it('low back pain, everything recorded, a task for me and one for the physiotherapy referral', async () => {
    await recordsReferenceAndAgendas('MO 1975', 'Back pain for three weeks, worse at work', 'Fit note');
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
    await press('Tab');
    await type('Before breakfast');
    await press('Tab');
    await type('Every day');
    await click(rulerPoint(/^How confident are you that you will/, 8), 'confidence 8');
    // The referral named once becomes a chip for its task.
    await click(panel.getByRole('textbox', { name: 'Referrals made' }), 'referrals box');
    await type('Physiotherapy');
    await click(taskBox(), 'task box');
    await type('Issue a fit note for two weeks');
    await click(forWhom('Me (the clinician)'), 'for: me');
    await type('Send the first appointment');
    await click(forWhom('Physiotherapy'), 'for: physiotherapy');
    expect(await blockingViolations('.next-steps')).toEqual([]);
    await click(panel.getByRole('button', { name: 'Follow-up in 4 weeks' }), 'follow-up in 4 weeks');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    expect(stored.patientRef).toBe('MO 1975');
    expect(stored.implementation.referrals).toBe('Physiotherapy');
    expect(stored.agreement).toMatchObject({
      chosenOptionIds: ['self-care'],
      when: 'Before breakfast',
      howOften: 'Every day',
      confidence: 8,
      responsibilities: [
        { who: 'clinician', task: 'Issue a fit note for two weeks' },
        { who: 'other', otherName: 'Physiotherapy', task: 'Send the first appointment' },
      ],
    });
    report('Low back pain, everything recorded');
    expect(actions.length).toBeLessThanOrEqual(REALISTIC_NOW);
  });

  it('informed choice of no statin with the reference and a contact line', async () => {
    await click(panel.getByRole('textbox', { name: 'Patient reference' }), 'reference box');
    await type('RT 1949');
    await noStatinUpToFollowUp();
    await click(panel.getByRole('textbox', { name: 'How to get back in touch' }), 'contact box');
    await type('Ring the surgery if you change your mind');
    await click(panel.getByLabel('Plan agreed with the patient'), 'plan agreed');

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    expect(stored.patientRef).toBe('RT 1949');
    expect(stored.agreement).toMatchObject({
      noTreatment: true,
      contact: 'Ring the surgery if you change your mind',
    });
    report('Informed no statin, with reference and contact');
    expect(actions.length).toBeLessThanOrEqual(NO_TREATMENT_NOW);
  });

  it("the grid's choice sits with the grid: straight under its title, notices and decision", async () => {
    await click(
      panel.getByRole('textbox', { name: "Patient's agenda item (their own words)" }),
      'agenda box',
    );
    await type('My blood pressure was high at the pharmacy');
    await press('Enter');
    await press('Alt+n');
    await expectStep(panel, '4. Discussing options');
    const gridButton = panel.getByRole('button', { name: 'Raised blood pressure: what to do next' });
    const top = (await gridButton.boundingBox())!.y;
    await click(gridButton, 'suggested grid');
    const choice = panel.getByRole('group', { name: 'Which option does the patient lean to?' });
    await choice.waitFor();
    const choiceTop = (await choice.boundingBox())!.y;
    const decision = (await panel.locator('.grid-panel__decision').boundingBox())!;
    const firstQuestion = (await panel.locator('.grid-compact__question').first().boundingBox())!;
    // The sample grid's "not yet signed off" notice stays above it: that is read before use.
    console.info(`Grid choice: ${Math.round(choiceTop - top)} px below the grid button`);
    expect(choiceTop - (decision.y + decision.height)).toBeLessThanOrEqual(24);
    expect(choiceTop).toBeLessThan(firstQuestion.y);
    await click(option('Which option does the patient lean to?', 'Healthy changes first'), 'healthy changes');
    await expect
      .poll(() => panel.locator('.grid-choice__chosen').textContent())
      .toBe('We chose: Healthy changes first');
    expect(await blockingViolations('.grid-panel')).toEqual([]);
  });

  it('at a review, the reference and the earlier plan due today are one click once the folded list is opened', async () => {
    // The earlier consultation (not counted): a plan agreed with its follow-up today.
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    await panel.getByRole('textbox', { name: 'Patient reference' }).fill('RB 1961');
    await panel.keyboard.press('Alt+5');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByRole('textbox', { name: 'Goal' }).fill('Sleep through most nights');
    await panel.getByLabel('Follow-up date').fill(today);
    await panel.getByLabel('Plan agreed with the patient').check();
    const earlier = await expectStored(panel, (c) => c.status, 'agreed');
    await panel.getByRole('button', { name: 'Start new consultation' }).click();
    await panel.getByRole('button', { name: 'Yes, start new' }).click();
    await expectStored(panel, (c) => c.patientRef, '');

    actions = [];
    // Folded until asked for: other patients' references are not on screen by default.
    await panel.getByText(/^Reviews due about now \(\d+\)$/).waitFor();
    expect(await panel.getByRole('group', { name: 'Reviews due about now' }).isVisible()).toBe(false);
    await click(panel.getByText(/^Reviews due about now \(\d+\)$/), 'open the reviews due');
    await panel.getByRole('group', { name: 'Reviews due about now' }).waitFor();
    expect(await blockingViolations('.patient-ref')).toEqual([]);
    await click(
      panel
        .getByRole('group', { name: 'Reviews due about now' })
        .getByRole('button', { name: /^Review RB 1961: Sleep through most nights, due / }),
      'review due today',
    );
    await expectStep(panel, '7. Review and further actions');
    const stored = await expectStored(panel, (c) => c.review.previousConsultationId, earlier.id);
    expect(stored.patientRef).toBe('RB 1961');
    expect(stored.id).not.toBe(earlier.id);
    report('Review: the reference carried');
  });

  it('gives a task its "who" by keyboard alone: Tab to the person, Enter', async () => {
    await panel.keyboard.press('Alt+5');
    await expectStep(panel, '5. Agreeing the way forward');
    await taskBox().focus();
    await type('Send the bloods form');
    // From the task box: the patient, then "me".
    await panel.keyboard.press('Tab');
    await panel.keyboard.press('Tab');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.textContent))
      .toBe('Me (the clinician)');
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.id))
      .toBe(await taskBox().getAttribute('id'));
    await type('Collect the prescription');
    // Past the two people to the box for someone new.
    for (let i = 0; i < 3; i++) await panel.keyboard.press('Tab');
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.id))
      .toBe(await panel.getByRole('textbox', { name: /^Or someone new/ }).getAttribute('id'));
    await type('Neighbour');
    await panel.keyboard.press('Enter');
    await expectStored(panel, (c) => c.agreement.responsibilities.map((r) => [r.who, r.otherName, r.task]), [
      ['clinician', '', 'Send the bloods form'],
      ['other', 'Neighbour', 'Collect the prescription'],
    ]);
  });
});
