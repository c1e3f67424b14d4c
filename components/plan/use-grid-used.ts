import { useEffect, useState } from 'preact/hooks';
import type { OptionGrid } from '../../lib/option-grids/grid';
import { useApp } from '../app-context';

/**
 * The option grid a consultation used, loaded on demand: the grid library stays out of
 * the side panel's first payload, and a plan without a grid never loads it.
 */
export function useGridUsed(gridId: string | undefined): OptionGrid | null {
  const { db } = useApp();
  const [grid, setGrid] = useState<OptionGrid | null>(null);
  useEffect(() => {
    if (!gridId) {
      setGrid(null);
      return undefined;
    }
    let live = true;
    void import('../../lib/option-grids/load-catalogue')
      .then(({ loadCatalogue }) => loadCatalogue(db))
      .then((catalogue) => {
        if (live) setGrid(catalogue.byId(gridId)?.grid ?? null);
      })
      // Without the grid the note falls back to the questions' ids; nothing else depends on it.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db, gridId]);
  return grid;
}
