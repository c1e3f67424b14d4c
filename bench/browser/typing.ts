import type { Locator, Page } from 'playwright-core';
import type { Figure } from '../report/figure';
import { median, percentile } from '../report/stats';
import { benchDraft } from './draft';
import { runInPage } from './in-page';
import { findPlanField } from './plan-field';
import { BLANK_PAGE, PANEL_PAGE, pollInPage, timeOpen, type BenchSession } from './session';

const TYPED =
  'walk to the end of the road and back after breakfast, five days a week, with my neighbour when it rains. '.repeat(
    3,
  );

/** A steady, fast typist: about 80 words a minute. */
const KEY_DELAY_MS = 60;

interface TypingSamples {
  toFrame: number[];
  toPaint: number[];
  toIdle: number[];
  slowEvents: number;
  longestEvent: number;
}

async function typeInto(tab: Page, field: Locator, text: string): Promise<TypingSamples> {
  await field.click();
  await tab.keyboard.press('Control+End');
  await runInPage(tab, 'typing-probe');
  await tab.keyboard.type(text, { delay: KEY_DELAY_MS });
  await pollInPage(
    tab,
    `window.__benchTyping.toPaint.length >= ${text.length} && window.__benchTyping.toIdle.length >= ${text.length}`,
  );
  const samples = await runInPage<TypingSamples>(tab, 'typing-read');
  const value = await field.inputValue();
  if (!value.endsWith(text)) {
    throw new Error(`The typed text did not all reach the field; it ends "${value.slice(-60)}"`);
  }
  return samples;
}

/**
 * 300 characters into a plan field of the side panel (autosave on: every
 * keystroke updates the model, the localStorage journal and IndexedDB), and the
 * same into the blank page's plain text box as the same-run baseline.
 */
export async function typing(bench: BenchSession, characters = 300): Promise<Figure[]> {
  const text = TYPED.slice(0, characters);
  const blankTab = (await timeOpen(bench, BLANK_PAGE, true)).tab;
  const blank = await typeInto(blankTab, blankTab.getByLabel('Baseline text'), text);
  await blankTab.close();

  await bench.inExtension('seed-db', { current: benchDraft('agreement') });
  const { tab } = await timeOpen(bench, PANEL_PAGE, true);
  const { field, label } = await findPlanField(tab);
  const panel = await typeInto(tab, field, text);
  await tab.close();
  return [
    {
      id: 'typing-p95',
      name: 'Typing: keystroke to next frame (p95)',
      value: percentile(panel.toFrame, 95),
      unit: 'ms',
      baseline: { name: 'plain text box, blank page', value: percentile(blank.toFrame, 95) },
      budget: { max: 16, of: 'value' },
      method:
        'Real key presses (Playwright keyboard.type → CDP Input.dispatchKeyEvent), one every 60 ms, into a plan field with autosave on. Per keystroke: from keydown event.timeStamp to the next requestAnimationFrame callback, the start of the first frame that can show the character. Includes the wait for the display refresh (0–16.7 ms at 60 Hz). Baseline: the same typing into a plain <textarea> on the blank page.',
      notes: [
        `${panel.toFrame.length} keystrokes into the field labelled /${label}/`,
        `median ${median(panel.toFrame).toFixed(1)} ms (plain text box ${median(blank.toFrame).toFixed(1)} ms), max ${Math.max(...panel.toFrame).toFixed(1)} ms`,
        `to after that frame's paint: p95 ${percentile(panel.toPaint, 95).toFixed(1)} ms (plain text box ${percentile(blank.toPaint, 95).toFixed(1)} ms)`,
        `Event Timing API: ${panel.slowEvents} keydowns over 16 ms, longest ${panel.longestEvent.toFixed(0)} ms (plain text box: ${blank.slowEvents}, ${blank.longestEvent.toFixed(0)} ms)`,
      ],
    },
    {
      id: 'typing-handled-p95',
      name: 'Typing: keystroke handled and re-rendered (p95)',
      value: percentile(panel.toIdle, 95),
      unit: 'ms',
      baseline: { name: 'plain text box, blank page', value: percentile(blank.toIdle, 95) },
      method:
        "As above, to the moment the field's handler, the re-render it schedules and the synchronous autosave (localStorage journal; the IndexedDB put is queued) have run: the sidebar's own cost per keystroke, without the wait for the display.",
      notes: [
        `median ${median(panel.toIdle).toFixed(1)} ms (plain text box ${median(blank.toIdle).toFixed(1)} ms)`,
      ],
    },
  ];
}
