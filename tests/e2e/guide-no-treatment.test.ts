import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildPatientPlan, PLAN_WORDS } from '../../lib/plan/build-patient-plan';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { launch, type Session } from './harness';
import { addItem, expectStep, expectStored } from './guide-support';

/**
 * Scenario 3 (docs/framework.md, element 5): a fully informed patient chooses no
 * treatment. That is a valid outcome the clinician accepts, and the plan says
 * so respectfully, in the patient's own words.
 */
describe('guide: a fully informed patient chooses no treatment', () => {
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

  it('discusses a statin and waiting, and the patient leans to waiting', async () => {
    await expectStep(panel, '2. Agenda setting');
    await addItem(panel, "Patient's agenda item (their own words)", 'The letter about my cholesterol');
    await panel.getByLabel('What matters to the patient').fill('Not taking more tablets than I have to');
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '4. Discussing options');
    await panel
      .getByRole('group', { name: 'Care aims' })
      .getByLabel(/Prevention/)
      .check();
    await addItem(panel, 'Add an option', 'Statin tablet every day');
    await panel.getByRole('button', { name: 'Add “do nothing for now”' }).click();
    const statin = panel.getByRole('group', { name: 'Option 1: Statin tablet every day' });
    await statin.getByLabel('Pros').fill('About 2 in 100 fewer heart attacks or strokes over 10 years');
    await statin.getByLabel('Cons').fill('A daily tablet; muscle aches for some people');
    await panel
      .getByRole('group', { name: 'Option 2: Do nothing for now / wait and see' })
      .getByLabel('The patient leans to this')
      .check();
    const c = await expectStored(panel, (c) => c.options.leaning.length, 1);
    expect(c.options.leaning).toEqual([c.options.options[1]?.id]);
    expect(c.options.options[1]?.isDoNothing).toBe(true);
  });

  it('records the informed choice of no treatment, the reason in their words, and a way back', async () => {
    await panel.keyboard.press('Alt+n');
    await expectStep(panel, '5. Agreeing the way forward');
    await panel.getByLabel(/Fully informed, the patient chooses no treatment/).check();
    await panel
      .getByLabel("Why (in the patient's words)")
      .fill('I understand the odds and I would rather not take a tablet');
    await panel.getByLabel('Follow-up date').fill('2027-11-22');
    await panel
      .getByLabel('How to get back in touch')
      .fill('Book with the practice nurse if you change your mind');
    await panel.getByLabel('Plan agreed with the patient').check();
    const c = await expectStored(panel, (c) => c.status, 'agreed');
    // Leaning to "do nothing" already chose it (docs/quick-path.md, "One click chooses"); it stays
    // chosen beside the informed choice of no treatment, which is what the plan says.
    expect(c.agreement).toMatchObject({
      noTreatment: true,
      chosenOptionIds: [c.options.options[1]?.id],
      rationale: 'I understand the odds and I would rather not take a tablet',
      followUpDate: '2027-11-22',
    });
  });

  it('gives the patient a plan that respects the choice and quotes their reason', async () => {
    const stored = await expectStored(panel, (c) => c.agreement.noTreatment, true);
    const plan = buildPatientPlan(stored, {
      settings: DEFAULT_SETTINGS,
      date: '2026-11-23',
      language: 'en',
    });
    const text = plan.sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n');
    expect(text).toContain(PLAN_WORDS.en.noTreatment);
    expect(text).toContain('I understand the odds and I would rather not take a tablet');
    expect(text).not.toMatch(/refus|declin|non-?complian|against (medical )?advice/i);
    expect(session.offMachineRequests).toEqual([]);
  });
});
