import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from './harness';
import {
  openDemoPage,
  panelWithNote,
  planStatus,
  pressInsert,
  savedBy,
  turnToPanel,
  wordLines,
} from './insert-support';
import { launchAllowed } from './plan-support';

/**
 * Insertion into notes built with today's editor frameworks (demo-ehr/editors.html, from the real
 * npm packages), as a clinician does it: click in the note, turn to the panel, Insert, then the
 * EHR page's own Save. What counts is what Save stored from the editor's own model.
 */
describe('Insert into modern editors, then the page’s own Save, in real Chromium', () => {
  let session: Session;
  let remove: () => void;
  let panel: Page;
  let ehr: Page;
  let note: string;

  beforeAll(async () => {
    ({ session, remove } = await launchAllowed());
    panel = await session.openSidePanel();
    note = await panelWithNote(panel);
    ehr = await openDemoPage(session, 'editors.html');
  });

  afterAll(async () => {
    await session?.close();
    remove?.();
  });

  it.each([
    ['Lexical', '#lexical-editor', 'History (Lexical)', 'lexical'],
    ['Slate', '#slate-editor [data-slate-editor]', 'Presenting complaint (Slate)', 'slate'],
    ['Draft.js', '#draft-editor .public-DraftEditor-content', 'Examination (Draft.js)', 'draft'],
    ['TipTap', '#tiptap-editor .ProseMirror', 'Plan (TipTap)', 'tiptap'],
  ])('%s: every line saved, in order, each its own line', async (_name, selector, label, saved) => {
    expect(wordLines(note).length).toBeGreaterThan(5);
    await ehr.bringToFront();
    await ehr.locator(selector).click();
    await turnToPanel(panel);
    await expect
      .poll(() => panel.locator('[data-insert-target]').textContent(), { timeout: 15_000 })
      .toContain(label);
    await pressInsert(panel);
    await expect.poll(() => planStatus(panel), { timeout: 15_000 }).toContain(`Inserted into ${label}`);
    expect(wordLines(await savedBy(ehr, saved))).toEqual(wordLines(note));
  });

  it('a box whose page joins the lines: no "Inserted", told to use Copy, and the box as it was', async () => {
    await ehr.bringToFront();
    await ehr.locator('#one-line-summary').click();
    await turnToPanel(panel);
    await expect
      .poll(() => panel.locator('[data-insert-target]').textContent(), { timeout: 15_000 })
      .toContain('Summary');
    await pressInsert(panel);
    await expect
      .poll(() => planStatus(panel), { timeout: 15_000 })
      .toContain('Nothing was saved correctly: the EHR joined the lines — use Copy');
    expect(await planStatus(panel)).not.toContain('Inserted');
    expect(await planStatus(panel)).toContain('took its text back out');
    expect(await savedBy(ehr, 'one-line-summary')).toBe('');
    expect(session.offMachineRequests).toEqual([]);
  });
});
