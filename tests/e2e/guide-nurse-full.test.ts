import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { addItem, expectStep, expectStored, pickOnRuler } from './guide-support';

/**
 * Scenario 2 (docs/framework.md, all seven elements): a diabetes nurse specialist's longer appointment on the
 * full path, using all seven elements, each asserted in what is stored.
 */
// `expect.any` is typed `any`; held as unknown it matches without an unsafe assignment.
const ANY_ID: unknown = expect.any(String);

describe('guide: nurse specialist full consultation using all seven elements', () => {
  let session: Session;
  let panel: Page;
  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByLabel('Patient reference').waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('switches to the full path, which starts at preparation', async () => {
    await panel.getByLabel('Patient reference').fill('MR 1958');
    await panel.getByText('Full path', { exact: true }).click();
    await panel.keyboard.press('Alt+1');
    await expectStep(panel, '1. Preparation');
    await panel.getByLabel('Appointment length (minutes)').fill('30');
    await expectStored(panel, (c) => [c.path, c.preparation.plannedMinutes], ['full', 30]);
  });

  it('1. prepares: appointment type, who is present, language and needs', async () => {
    await panel.getByRole('group', { name: 'Appointment type' }).getByLabel('Face to face').check();
    const present = panel.getByRole('group', { name: 'Who else is present' });
    await present.getByLabel('Carer').check();
    await present.getByLabel('Interpreter').check();
    await panel.getByLabel('Who is present (names or roles)').fill('Daughter (carer); Polish interpreter');
    await panel.getByLabel('Reading or communication needs').fill('Prefers diagrams; reading glasses');
    await panel.getByLabel('Large print plan').check();
    const c = await expectStored(panel, (c) => c.preparation.largePrint, true);
    expect(c.preparation).toMatchObject({
      appointmentType: 'face-to-face',
      present: ['carer', 'interpreter'],
      presentNote: 'Daughter (carer); Polish interpreter',
    });
  });

  it('2. sets the agenda with both lists, the rulers and an activation estimate', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '2. Agenda setting');
    expect(
      await panel.getByText('We have about 30 minutes — what would you like to cover today?').count(),
    ).toBe(1);
    await addItem(panel, "Patient's agenda item (their own words)", 'My feet tingle at night');
    await addItem(panel, "Patient's agenda item (their own words)", 'Sugar levels all over the place');
    await addItem(panel, "Clinician's agenda item", 'HbA1c has gone up to 71');
    // The patient wants the sugars first: Alt+↑ moves it up the priority order.
    await panel.getByRole('textbox', { name: '2. Patient' }).press('Alt+ArrowUp');
    await panel.getByLabel('What matters to the patient').fill('Keeping my job as a bus driver');
    await panel.getByLabel('What they are already doing that helps').fill('Cut out fizzy drinks');
    await panel.getByText('Importance and confidence rulers').click();
    await panel.getByLabel(/The change the rulers are about/).fill('check my sugar twice a day');
    await pickOnRuler(panel, 'How important is it to you to check my sugar twice a day?', 9);
    await pickOnRuler(panel, 'How confident are you that you could check my sugar twice a day?', 4);
    await panel
      .getByRole('group', { name: 'Activation (your estimate)' })
      .getByLabel(/Level 2/)
      .check();
    const c = await expectStored(panel, (c) => c.agenda.activation, 2);
    expect(c.agenda.items.map((i) => i.text)).toEqual([
      'Sugar levels all over the place',
      'My feet tingle at night',
      'HbA1c has gone up to 71',
    ]);
    expect(c.agenda).toMatchObject({
      importance: 9,
      confidence: 4,
      whatMatters: 'Keeping my job as a bus driver',
    });
  });

  it('3. gathers information: what is still needed, who gets it, and what next', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '3. Information gathering');
    await addItem(panel, 'Information still needed', 'Foot check with monofilament');
    const need = panel.getByRole('group', { name: 'Needed 1: Foot check with monofilament' });
    await need.getByLabel('Who gets it').fill('Podiatry');
    await need.getByLabel('By when').fill('Within 2 weeks');
    await panel.getByLabel('Effect on daily life').fill('Worried about losing the bus licence');
    await panel.getByRole('group', { name: 'What next' }).getByLabel('Carry on and decide today').check();
    const c = await expectStored(panel, (c) => c.information.nextStep, 'continue');
    expect(c.information.needed).toEqual([
      {
        id: ANY_ID,
        what: 'Foot check with monofilament',
        who: 'Podiatry',
        byWhen: 'Within 2 weeks',
      },
    ]);
  });

  it('4. discusses options under two care aims', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '4. Discussing options');
    const aims = panel.getByRole('group', { name: 'Care aims' });
    await aims.getByLabel(/Stabilisation/).check();
    await aims.getByLabel(/Participation/).check();
    await addItem(panel, 'Add an option', 'Add a second tablet');
    await addItem(panel, 'Add an option', 'Structured education course first');
    await panel.getByRole('button', { name: 'Add “do nothing for now”' }).click();
    await panel
      .getByRole('group', { name: 'Option 2: Structured education course first' })
      .getByLabel('The patient leans to this')
      .check();
    await panel
      .getByLabel('What mattered to the patient in weighing the options')
      .fill('No hypos while driving');
    const c = await expectStored(panel, (c) => c.options.whatMattered, 'No hypos while driving');
    expect(c.options.careAims).toEqual(['stabilisation', 'participation']);
    expect(c.options.leaning).toEqual([c.options.options[1]?.id]);
  });

  it('5. agrees the way forward, and a confidence below 7 brings up the prompt', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel
      .getByRole('group', { name: 'Option chosen' })
      .getByLabel('Structured education course first')
      .check();
    await panel.getByLabel(/^Goal/).fill('HbA1c below 58 by the June review, without hypos');
    await panel.getByLabel('First action').fill('Check sugar before breakfast and tea');
    await panel.getByLabel('How often').fill('Every day');
    await addItem(panel, 'What might get in the way', 'Early shifts');
    await panel
      .getByRole('group', { name: 'Barrier 1: Early shifts' })
      .getByLabel('Way round it')
      .fill('Meter in the cab bag');
    const question = 'How confident are you that you will check sugar before breakfast and tea?';
    await pickOnRuler(panel, question, 5);
    const nudge = panel.getByText('What would help get that to a 7?', { exact: false });
    await nudge.waitFor({ timeout: 15_000 });
    // The patient shrinks the step; confidence rises and the prompt goes.
    await panel.getByLabel('First action').fill('Check sugar before breakfast');
    await pickOnRuler(panel, 'How confident are you that you will check sugar before breakfast?', 8);
    await expect.poll(() => nudge.count(), { timeout: 15_000 }).toBe(0);
    await panel.getByText('Baseline measures (for review)').click();
    await panel.getByLabel(/Patient's own measure/).fill('how in control I feel');
    await pickOnRuler(panel, 'Where are you now on how in control I feel, 0 to 10?', 3);
    await panel.getByLabel(/Clinical measure/).fill('HbA1c');
    await panel.getByLabel('Value now').fill('71');
    await panel.getByLabel('Unit').fill('mmol/mol');
    await addItem(panel, 'Who does what: add a task', 'Book the education course');
    await panel.getByLabel('Follow-up date').fill('2027-06-14');
    await panel.getByLabel('How to get back in touch').fill('Diabetes nurse line, weekdays 9–5');
    await panel.getByLabel('Plan agreed with the patient').check();
    const c = await expectStored(panel, (c) => c.status, 'agreed');
    expect(c.agreement).toMatchObject({
      chosenOptionIds: [c.options.options[1]?.id],
      firstAction: 'Check sugar before breakfast',
      confidence: 8,
      barriers: [{ id: ANY_ID, barrier: 'Early shifts', wayRound: 'Meter in the cab bag' }],
      baseline: {
        patientMeasureLabel: 'how in control I feel',
        patientMeasure: 3,
        clinicalLabel: 'HbA1c',
        clinicalValue: '71',
        clinicalUnit: 'mmol/mol',
      },
      responsibilities: [{ id: ANY_ID, who: 'patient', otherName: '', task: 'Book the education course' }],
      followUpDate: '2027-06-14',
    });
  });

  it('6. records implementation: referrals, support and the way back in', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '6. Implementation');
    await panel.getByLabel('Referrals made').fill('DESMOND course; podiatry');
    await panel.getByLabel('Support offered (community, voluntary, peer)').fill('Diabetes UK local group');
    await panel.getByLabel('Who to contact and the way back in').fill('Nurse line; sooner if hypos');
    await expectStored(panel, (c) => c.implementation, {
      referrals: 'DESMOND course; podiatry',
      interventions: '',
      support: 'Diabetes UK local group',
      wayBackIn: 'Nurse line; sooner if hypos',
      briefInterventions: [],
    });
  });

  it('7. reviews the earlier goal and decides the next step', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '7. Review and further actions');
    await panel.getByRole('group', { name: 'How did it go' }).getByLabel('Partly achieved').check();
    await panel.getByLabel('What helped').fill('Daughter reminding me');
    await panel.getByLabel('What got in the way').fill('Night shifts');
    await panel.getByRole('group', { name: 'Next step' }).getByLabel('New plan (another cycle)').check();
    await expectStored(
      panel,
      (c) => [c.review.attainment, c.review.helped, c.review.gotInTheWay, c.review.nextStep],
      ['partly', 'Daughter reminding me', 'Night shifts', 'new-cycle'],
    );
  });

  it('marks all seven elements as captured in the navigator, and nothing left the machine', async () => {
    const nav = panel.getByRole('navigation', { name: 'Elements' });
    await expect.poll(() => nav.getByText(', has notes').count(), { timeout: 15_000 }).toBe(7);
    expect(session.offMachineRequests).toEqual([]);
  });
});
