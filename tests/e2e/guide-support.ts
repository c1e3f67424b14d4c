import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Consultation } from '../../lib/domain/consultation';

/**
 * Helpers shared by the consultation-guide end-to-end tests (tests/e2e/guide-*.test.ts).
 * Everything is found by label and role, as a clinician using a screen reader would.
 */

/** The open consultation as stored in the extension's IndexedDB `cocreate` database. */
export async function storedConsultation(page: Page): Promise<Consultation | undefined> {
  return page.evaluate(
    () =>
      new Promise<Consultation | undefined>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(new Error(`Could not open cocreate: ${String(open.error)}`));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['settings', 'consultations'], 'readonly');
          const current = tx.objectStore('settings').get('currentConsultationId');
          current.onsuccess = () => {
            const id = (current.result as { value?: string } | undefined)?.value;
            if (!id) {
              db.close();
              resolve(undefined);
              return;
            }
            const found = tx.objectStore('consultations').get(id);
            found.onsuccess = () => {
              db.close();
              resolve(found.result as Consultation | undefined);
            };
          };
          tx.onerror = () => reject(new Error(`Could not read cocreate: ${String(tx.error)}`));
        };
      }),
  );
}

/** Waits (generously) until what is stored matches `expected`, then returns the stored record. */
export async function expectStored(
  page: Page,
  pick: (c: Consultation) => unknown,
  expected: unknown,
): Promise<Consultation> {
  await expect
    .poll(
      async () => {
        const c = await storedConsultation(page);
        return c ? pick(c) : undefined;
      },
      { timeout: 15_000 },
    )
    .toEqual(expected);
  return (await storedConsultation(page))!;
}

/** Waits for a step to show, by its numbered heading. */
export async function expectStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: heading }).waitFor({ timeout: 15_000 });
}

/** A 0–10 ruler, found by the question read to the patient. */
export function ruler(page: Page, question: string | RegExp): Locator {
  return page.getByRole('radiogroup', { name: question });
}

/** Picks a point on a ruler by clicking its visible number. */
export async function pickOnRuler(page: Page, question: string | RegExp, value: number): Promise<void> {
  await ruler(page, question)
    .locator('label')
    .filter({ hasText: new RegExp(`^${value}$`) })
    .click();
}

/** Types into an "add" box and presses Enter, as a clinician adds a list item. */
export async function addItem(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: label, exact: true });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toBe('');
}
