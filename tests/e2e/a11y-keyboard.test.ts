import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ELEMENT_IDS } from '../../lib/domain/elements';
import { launch, type Session } from './harness';

interface Focused {
  name: string;
  visible: boolean;
  onBody: boolean;
}

/**
 * What has focus, and whether a sighted keyboard user can see where it is: an
 * outline or a box-shadow on the element or on the wrapper that styles it
 * (custom radio rulers draw focus on their label with :focus-within).
 */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '(body)', visible: false, onBody: true };
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') ?? (labelled || el.textContent || el.tagName)).trim();
    let visible = false;
    for (
      let node: HTMLElement | null = el, depth = 0;
      node && depth < 3;
      node = node.parentElement, depth++
    ) {
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      if (outline || (style.boxShadow && style.boxShadow !== 'none')) visible = true;
    }
    return { name: name.slice(0, 60), visible, onBody: false };
  });
}

/** Presses Tab until a control whose name contains `name` has focus, checking focus is visible at every stop. */
async function tabTo(page: Page, name: string, invisible: string[], limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now.onBody && !now.visible) invisible.push(now.name);
    if (now.name.includes(name)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('accessibility: the main flow by keyboard alone', () => {
  let session: Session;
  let panel: Page;
  const invisible: string[] = [];
  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByRole('navigation', { name: 'Elements' }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('reaches the patient reference and the agenda by Tab and Alt+2, and types into them', async () => {
    await tabTo(panel, 'Patient reference', invisible);
    await panel.keyboard.type('KB 1958');
    await panel.keyboard.press('Alt+Digit2');
    await tabTo(panel, "Patient's agenda item", invisible);
    await panel.keyboard.type('Knee pain on the stairs');
    await panel.keyboard.press('Enter');
    await tabTo(panel, 'What matters to the patient', invisible);
    await panel.keyboard.type('Walking the dog again');

    await expect
      .poll(() => panel.getByLabel('Patient reference').inputValue(), { timeout: 15_000 })
      .toBe('KB 1958');
    await expect
      .poll(() => panel.getByLabel('What matters to the patient').inputValue(), { timeout: 15_000 })
      .toBe('Walking the dog again');
    await expect
      .poll(() =>
        panel.getByRole('list', { name: 'Agreed priority order' }).getByRole('textbox').inputValue(),
      )
      .toBe('Knee pain on the stairs');
  });

  it('adds an option and agrees a goal on elements 4 and 5, moving only with Alt+number', async () => {
    await panel.keyboard.press('Alt+Digit4');
    await tabTo(panel, 'Add an option', invisible);
    await panel.keyboard.type('Physiotherapy');
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('Alt+Digit5');
    await tabTo(panel, 'Goal', invisible);
    await panel.keyboard.type('Climb the stairs without stopping');
    await tabTo(panel, 'First action', invisible);
    await panel.keyboard.type('Exercises each morning');

    await expect
      .poll(() => panel.getByRole('textbox', { name: /^Goal/ }).inputValue(), { timeout: 15_000 })
      .toBe('Climb the stairs without stopping');
    await expect.poll(() => panel.getByLabel('First action').inputValue()).toBe('Exercises each morning');
  });

  it('undoes the last change with Alt+Z', async () => {
    await panel.keyboard.press('Alt+KeyZ');
    await expect
      .poll(() => panel.getByLabel('First action').inputValue(), { timeout: 15_000 })
      .not.toBe('Exercises each morning');
  });

  it.each(ELEMENT_IDS.map((id, index) => [id, index + 1] as const))(
    'shows where focus is at every Tab stop on element %s (Alt+%i), all the way round',
    async (id, number) => {
      // Keys go to the page in front; nothing else in this browser may hold the focus.
      await panel.bringToFront();
      await panel.keyboard.press(`Alt+Digit${number}`);
      await expect
        .poll(() => panel.locator('.navigator [aria-current="step"]').textContent(), { timeout: 15_000 })
        .toContain(`${number}.`);
      // The panel moves focus to the step's heading on the next frame (after its code loads):
      // start counting from there, not from wherever focus was a moment before. A step whose code
      // is still loading shows a "Loading…" placeholder with the heading's id: counting from it
      // started before the step was on the page, so the heading's own words are waited for, and
      // the footer below it (drawn a frame after the first paint).
      await expect
        .poll(
          () =>
            panel.evaluate(() => {
              const heading = document.activeElement;
              const footer = document.querySelector('.step-footer');
              return footer ? `${heading?.id} ${heading?.textContent?.trim()}` : 'no footer yet';
            }),
          { timeout: 15_000 },
        )
        .toMatch(new RegExp(`^step-${id} ${number}\\. `));
      // From the step heading to the end of the page, out to the browser, and round to where it began.
      const seen: string[] = [];
      let wrapped = 0;
      for (let i = 0; i < 200 && wrapped < 2; i++) {
        await panel.keyboard.press('Tab');
        const now = await focused(panel);
        if (now.onBody) {
          wrapped++;
          continue;
        }
        if (!now.visible) invisible.push(now.name);
        if (seen.length > 1 && now.name === seen[0]) break;
        seen.push(now.name);
      }
      console.info(`keyboard element ${number}: ${seen.length} Tab stops, all with visible focus`);
      expect(seen.length).toBeGreaterThan(2);
      expect(invisible).toEqual([]);
    },
  );

  it('never lost sight of focus, and made no request that left the machine', () => {
    expect(invisible).toEqual([]);
    expect(session.offMachineRequests).toEqual([]);
  });
});
