import type { Locator, Page } from 'playwright-core';

/**
 * The plan fields a clinician types into, by visible label, in order of
 * preference. The side panel's steps are still being built, so the
 * benchmark takes the first one on screen and reports which it used.
 */
const PLAN_FIELD_LABELS = [/^goal\b/i, /first (action|step)/i, /what matters to the patient/i];

export async function findPlanField(page: Page): Promise<{ field: Locator; label: string }> {
  for (const label of PLAN_FIELD_LABELS) {
    const field = page.getByLabel(label).first();
    if ((await field.count()) > 0 && (await field.isVisible())) return { field, label: label.source };
  }
  throw new Error('No plan field (goal, first action, what matters) is visible in the side panel.');
}
