import type { Figure } from '../report/figure';
import { benchDraft } from './draft';
import { usedHeapBytes } from './heap';
import { findPlanField } from './plan-field';
import { BLANK_PAGE, PANEL_PAGE, timeOpen, type BenchSession } from './session';

const MB = 1024 * 1024;

/** Leaves no other page open, so the renderer's heap is this page's alone. */
async function closeOtherPages(bench: BenchSession): Promise<void> {
  for (const page of bench.session.context.pages()) await page.close();
}

export async function memory(bench: BenchSession, renders = 50): Promise<Figure[]> {
  await bench.inExtension('seed-db', { current: benchDraft('agreement') });
  await closeOtherPages(bench);
  const blank = await timeOpen(bench, BLANK_PAGE, true);
  const blankHeap = await usedHeapBytes(blank.tab);
  await blank.tab.close();

  const { tab } = await timeOpen(bench, PANEL_PAGE, true);
  const { field, label } = await findPlanField(tab);
  await field.click();
  await tab.keyboard.press('Control+End');
  // Each keystroke changes the consultation, so every view of it (the plan included, when shown) renders again.
  for (let i = 0; i < renders; i += 1) await tab.keyboard.type(i % 5 === 4 ? ' ' : 'a');
  await tab.waitForTimeout(500);
  const heap = await usedHeapBytes(tab);
  await tab.close();
  return [
    {
      id: 'memory',
      name: 'Memory: panel JS heap after 50 renders',
      value: heap / MB,
      unit: 'MB',
      baseline: { name: 'blank extension page', value: blankHeap / MB },
      budget: { max: 15, of: 'value' },
      method:
        'Side panel restored with a full consultation, then 50 edits to a plan field (each re-renders the views of the consultation), forced GC (CDP HeapProfiler.collectGarbage ×2), CDP Performance.getMetrics JSHeapUsedSize, only that page open.',
      notes: [`${renders} edits typed into the field labelled /${label}/`],
    },
  ];
}
