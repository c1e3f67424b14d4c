import '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { GridViewApp as GridViewModel } from '../../lib/app/grid-view-app';
import { CHECK_BEFORE_USE } from '../../lib/option-grids/grid-words';
import { printDensity } from '../../lib/option-grids/print-density';
import { GridNotices } from './GridNotices';
import { GridSafetyNet } from './GridSafetyNet';
import { GridSources } from './GridSources';
import { GridTable } from './GridTable';
import { ThreeQuestions } from './ThreeQuestions';
import './option-grid.css';
import './grid-view.css';

/**
 * One grid full-tab, large and high-contrast, to turn the screen toward the
 * patient or print on one A4 page (docs/option-grids.md; docs/framework.md, elements 1 and 4).
 */
export function GridViewApp({ app }: { app: GridViewModel }) {
  const { id, nation, printOnOpen, print } = app;
  const grid = app.grid.value;
  useEffect(() => void app.load(), [app]);

  useEffect(() => {
    if (!grid) return;
    document.title = grid.title;
    document.documentElement.lang = grid.language;
    if (printOnOpen) requestAnimationFrame(print);
  }, [grid, printOnOpen, print]);

  if (grid === undefined) return <p class="grid-view__loading">Loading…</p>;
  if (grid === null) return <p role="alert">There is no option grid called “{id}” on this computer.</p>;

  return (
    <main class={`grid-view grid-view--${printDensity(grid)}`}>
      <header class="grid-view__header">
        <h1>{grid.title}</h1>
        <p class="grid-view__decision">{grid.decision}</p>
        <button type="button" class="grid-view__print" onClick={print}>
          Print
        </button>
      </header>
      <GridNotices grid={grid} today={app.today()} />
      <div class="grid-view__body">
        <GridTable grid={grid} nation={nation} />
        <ThreeQuestions language={grid.language} />
      </div>
      <GridSafetyNet grid={grid} nation={nation} />
      <GridSources grid={grid} />
      <p class="grid-view__check">{CHECK_BEFORE_USE}</p>
    </main>
  );
}
