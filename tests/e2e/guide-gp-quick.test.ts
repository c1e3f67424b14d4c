import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from './harness';
import { addItem, expectStep, expectStored, pickOnRuler } from './guide-support';

/**
 * Scenario 1 (docs/quick-path.md): a GP quick consultation about raised blood pressure,
 * agenda → options → agreed plan, ending in what is stored.
 */
describe('guide: GP quick consultation about raised blood pressure', () => {
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

  it('opens on the quick path at agenda setting, with the appointment clock at 10 minutes', async () => {
    await expectStep(panel, '2. Agenda setting');
    await expect.poll(() => panel.getByRole('radio', { name: 'Quick path' }).isChecked()).toBe(true);
    await expect.poll(() => panel.getByLabel('Appointment length (minutes)').inputValue()).toBe('10');
    expect(
      await panel.getByText('We have about 10 minutes — what would you like to cover today?').count(),
    ).toBe(1);
  });

  it('sets the agenda in the patient’s own words', async () => {
    await panel.getByLabel('Patient reference').fill('JS 1962');
    await addItem(
      panel,
      "Patient's agenda item (their own words)",
      'My blood pressure was high at the pharmacy',
    );
    await addItem(panel, "Clinician's agenda item", 'Heart and stroke risk');
    await panel
      .getByLabel('What matters to the patient')
      .fill('Staying well enough to look after my grandson');
    await expectStored(panel, (c) => c.agenda.items.map((i) => [i.owner, i.text]), [
      ['patient', 'My blood pressure was high at the pharmacy'],
      ['clinician', 'Heart and stroke risk'],
    ]);
  });

  it('discusses options, including doing nothing, and records the leaning', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '4. Discussing options');
    await panel.getByLabel('The problem, as we agree it').fill('Raised blood pressure, 158/96 at home');
    await panel
      .getByRole('group', { name: 'Care aims' })
      .getByLabel(/Prevention/)
      .check();
    await addItem(panel, 'Add an option', 'Blood pressure tablet (amlodipine)');
    await addItem(panel, 'Add an option', 'Less salt and a daily walk first');
    await panel.getByRole('button', { name: 'Add “do nothing for now”' }).click();
    const walking = panel.getByRole('group', { name: 'Option 2: Less salt and a daily walk first' });
    await walking.getByLabel('Pros').fill('No tablets; feel fitter');
    await walking.getByLabel('Cons').fill('Takes a few months to show');
    await walking.getByLabel('The patient leans to this').check();
    // Saves are coalesced: wait for the last change (the leaning), not an earlier one.
    const stored = await expectStored(panel, (c) => c.options.leaning.length, 1);
    expect(stored.options.options).toHaveLength(3);
    expect(stored.options.careAims).toEqual(['prevention']);
    expect(stored.options.options.map((o) => o.isDoNothing)).toEqual([false, false, true]);
    expect(stored.options.leaning).toEqual([stored.options.options[1]?.id]);
  });

  it('ends in an agreed plan: option chosen, goal, first action, confidence and follow-up', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel
      .getByRole('group', { name: 'Option chosen' })
      .getByLabel('Less salt and a daily walk first')
      .check();
    await panel.getByLabel("Why (in the patient's words)").fill('I would rather try without tablets first');
    await panel.getByLabel(/^Goal/).fill('Home blood pressure under 140/90 by March');
    await panel.getByLabel('First action').fill('Walk to the park and back after lunch');
    await panel.getByRole('textbox', { name: 'When', exact: true }).fill('From Monday');
    await panel.getByLabel('How often').fill('Five days a week');
    await pickOnRuler(panel, 'How confident are you that you will walk to the park and back after lunch?', 8);
    await panel.getByLabel('Follow-up date').fill('2027-02-22');
    await panel.getByLabel('How to get back in touch').fill('Ring reception and ask for Dr Evans');
    await panel.getByLabel('Plan agreed with the patient').check();

    const stored = await expectStored(panel, (c) => c.status, 'agreed');
    const walk = stored.options.options[1]!;
    expect(stored.path).toBe('quick');
    expect(stored.patientRef).toBe('JS 1962');
    expect(stored.agreement).toMatchObject({
      chosenOptionIds: [walk.id],
      noTreatment: false,
      goal: 'Home blood pressure under 140/90 by March',
      firstAction: 'Walk to the park and back after lunch',
      when: 'From Monday',
      howOften: 'Five days a week',
      confidence: 8,
      followUpDate: '2027-02-22',
      contact: 'Ring reception and ask for Dr Evans',
    });
    expect(walk.label).toBe('Less salt and a daily walk first');
    expect(stored.agenda.items[0]?.text).toBe('My blood pressure was high at the pharmacy');
  });

  it('shows what it stored when the panel is reopened, and nothing left the machine', async () => {
    await panel.close();
    panel = await session.openSidePanel();
    await expectStep(panel, '5. Agreeing the way forward');
    await expect
      .poll(() => panel.getByLabel('First action').inputValue(), { timeout: 15_000 })
      .toBe('Walk to the park and back after lunch');
    expect(await panel.getByLabel('Plan agreed with the patient').isChecked()).toBe(true);
    expect(session.offMachineRequests).toEqual([]);
  });
});
