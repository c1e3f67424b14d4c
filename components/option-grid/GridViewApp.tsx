import { useEffect, useState } from 'preact/hooks';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { CHECK_BEFORE_USE } from '../../lib/option-grids/grid-words';
import { loadCatalogue } from '../../lib/option-grids/load-catalogue';
import { printDensity } from '../../lib/option-grids/print-density';
import type { Nation } from '../../lib/settings/nation';
import type { CocreateDb } from '../../lib/storage/db';
import { listStoredGrids } from '../../lib/storage/grids';
import { GridNotices } from './GridNotices';
import { GridSafetyNet } from './GridSafetyNet';
import { GridSources } from './GridSources';
import { GridTable } from './GridTable';
import { ThreeQuestions } from './ThreeQuestions';
import './option-grid.css';
import './grid-view.css';

interface Props {
  db: CocreateDb;
  id: string;
  /** Open the print dialog once the grid is drawn (the sidebar's "Print" button). */
  printOnOpen: boolean;
  print: () => void;
  /** The practice's nation, which picks the nation variant of service rows. */
  nation?: Nation;
  today?: () => Date;
}

/**
 * One grid full-tab, large and high-contrast, to turn the screen toward the
 * patient or print on one A4 page (docs/option-grids.md; docs/framework.md, elements 1 and 4).
 */
export function GridViewApp({ db, id, printOnOpen, print, nation, today = () => new Date() }: Props) {
  const [grid, setGrid] = useState<OptionGrid | null | undefined>(undefined);

  useEffect(() => {
    void loadCatalogue(() => listStoredGrids(db)).then((catalogue) =>
      setGrid(catalogue.byId(id)?.grid ?? null),
    );
  }, [db, id]);

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
      <GridNotices grid={grid} today={today().toISOString().slice(0, 10)} />
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
