import { useEffect, useState } from 'preact/hooks';
import { useModel } from '../app-context';
import { loadGridUsed, NO_GRID, type GridUsed } from './grid-used';

/** The option grid a consultation used, and its translations, once loaded (components/plan/grid-used.ts). */
export function useGridUsed(gridId: string | undefined): GridUsed {
  const model = useModel();
  const [used, setUsed] = useState<GridUsed>(NO_GRID);
  useEffect(() => {
    let live = true;
    loadGridUsed(model.storedGrids, gridId).then(
      (found) => {
        if (live) setUsed(found);
      },
      // Without the grid the note falls back to the questions' ids and the plan to its fixed lines.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [model, gridId]);
  return used;
}
