import { readFileSync } from 'node:fs';
import type { Bundle } from '@medplum/fhirtypes';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';
import { printToPdf, readPdf } from './plan-support';

const A4 = { width: 595.28, height: 841.89 };

describe('the patient view and its print layout, in real Chromium', () => {
  let session: Session;
  let panel: Page;
  let view: Page;

  beforeAll(async () => {
    session = await launch();
    panel = await session.openSidePanel();
    await panel.getByLabel('What matters to the patient').fill('Being able to walk to the allotment');
    await panel.keyboard.press('Alt+5');
    await panel
      .getByRole('heading', { level: 2, name: '5. Agreeing the way forward' })
      .waitFor({ timeout: 15_000 });
    await panel.getByLabel(/^Goal/).fill('Walk to the allotment without stopping by the spring');
    await panel.getByLabel('First action').fill('Walk for 10 minutes after lunch');
    await panel.getByLabel('How to get back in touch').fill('Ring the surgery');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the readability figure of the patient version in the panel', async () => {
    const figure = panel.getByText(/^Reading ease/);
    await figure.waitFor({ timeout: 15_000 });
    const ease = Number(await panel.locator('[data-reading-ease]').getAttribute('data-reading-ease'));
    expect(ease).toBeGreaterThanOrEqual(60);
  });

  it('downloads the plan as HTML, text and a FHIR Bundle, one click each', async () => {
    const save = async (button: RegExp) => {
      const download = panel.waitForEvent('download', { timeout: 30_000 });
      await panel.getByRole('button', { name: button }).click();
      const file = await (await download).path();
      return readFileSync(file, 'utf8');
    };
    const html = await save(/^Download HTML/);
    // Not agreed yet: the plan says so (docs/plan-truth.md).
    expect(html).toContain('<h1>DRAFT: your plan (not agreed yet)</h1>');
    expect(html).toContain('@page { size: A4;');
    expect(await save(/^Download text/)).toContain('Walk to the allotment without stopping by the spring');
    const bundle = JSON.parse(await save(/^Export FHIR/)) as Bundle;
    expect(bundle.resourceType).toBe('Bundle');
    // A FHIR document: the Composition first, then the plan and its goal, and the patient's own copy
    // attached (docs/standards.md).
    expect(bundle.type).toBe('document');
    const types = bundle.entry?.map((e) => e.resource?.resourceType) ?? [];
    expect(types.slice(0, 3)).toEqual(['Composition', 'CarePlan', 'Goal']);
    expect(types).toContain('DocumentReference');
    expect(JSON.stringify(bundle)).toContain('Walk to the allotment without stopping by the spring');
  });

  it('opens the full-tab patient view from the panel with one click', async () => {
    const opened = session.context.waitForEvent('page', { timeout: 30_000 });
    await panel.getByRole('button', { name: /^Print \/ patient view/ }).click();
    view = await opened;
    await view
      .getByRole('heading', { level: 1, name: 'DRAFT: your plan (not agreed yet)' })
      .waitFor({ timeout: 15_000 });
    expect(view.url()).toMatch(/patient-view\.html\?id=/);
  });

  it('puts each language and print-size radio beside its label, on the same line', async () => {
    for (const name of ['English', 'Cymraeg', /^Extra-large print/]) {
      const radio = view.getByRole('radio', { name });
      const label = view.locator('label').filter({ has: radio });
      const [box, text] = await Promise.all([
        radio.boundingBox(),
        label.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el.lastChild!);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, height: rect.height };
        }),
      ]);
      expect(box).not.toBeNull();
      // Left of its words, and level with them: a person reads "( ) English", not a button floating above.
      expect(box!.x + box!.width).toBeLessThanOrEqual(text.x + 1);
      const middle = box!.y + box!.height / 2;
      expect(middle).toBeGreaterThanOrEqual(text.y);
      expect(middle).toBeLessThanOrEqual(text.y + text.height);
    }
  });

  it('prints on A4 with the key sections, and without the on-screen controls', async () => {
    const pdf = await readPdf(await printToPdf(view));
    expect(Math.round(pdf.width)).toBe(Math.round(A4.width));
    expect(Math.round(pdf.height)).toBe(Math.round(A4.height));
    for (const words of [
      'DRAFT: your plan',
      'What matters to you',
      'Being able to walk to the allotment',
      'Your goal',
      'Walk to the allotment without stopping by the spring',
      'Your first step',
      'Who to contact',
      'About this plan',
    ]) {
      expect(pdf.text).toContain(words);
    }
    expect(pdf.text).not.toContain('Print size');
  });

  it('prints English and Welsh side by side, in extra-large type', async () => {
    await view.getByRole('radio', { name: /Both side by side/ }).check();
    await view.getByRole('radio', { name: /^Extra-large print/ }).check();
    await view
      .getByRole('heading', { level: 1, name: 'DRAFFT: eich cynllun (heb ei gytuno eto)' })
      .waitFor({ timeout: 15_000 });
    const size = await view.locator('.patient-view').evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(29); // 1.85rem on screen, 22 pt on paper
    const pdf = await readPdf(await printToPdf(view));
    for (const words of ['Your goal', 'Eich nod', 'Your first step', 'Eich cam cyntaf']) {
      expect(pdf.text).toContain(words);
    }
    expect(session.offMachineRequests).toEqual([]);
  });

  it('follows an edit made in the panel, and wraps one very long word instead of widening the page', async () => {
    const long = `https://example.org/${'a'.repeat(300)}`;
    await panel.bringToFront();
    await panel.getByLabel('First action').fill(long);
    await view.bringToFront();
    await view.getByText(long.slice(0, 40), { exact: false }).first().waitFor({ timeout: 15_000 });
    await view.emulateMedia({ media: 'print' });
    const overflow = await view.evaluate(() => {
      const el = document.querySelector('.patient-view') as HTMLElement;
      return el.scrollWidth - el.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    const size = await view.locator('.patient-view').evaluate((el) => getComputedStyle(el).fontSize);
    expect(parseFloat(size)).toBeGreaterThanOrEqual(29); // 22 pt, not shrunk
    await view.emulateMedia({ media: 'screen' });
  });
});
