import { h, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useModel } from '../app-context';

let loaded: ComponentType | undefined;

/**
 * The agenda's grid suggestions, loaded when the clinician adds an agenda item: the grid
 * catalogue and its matching stay out of the side panel's first load, a restored draft included
 * (docs/performance.md, payload ≤ 60 KB gzip). Once loaded, they show whenever the agenda has
 * words; step 4 suggests the same grids in any case.
 */
export function LazyAgendaGrids() {
  const items = useModel().consultation.value?.agenda.items.length ?? 0;
  const atOpen = useRef(items);
  const [, setReady] = useState(false);
  const added = items > atOpen.current;
  useEffect(() => {
    if (!added || loaded) return;
    let live = true;
    void import('../option-grid/AgendaGridSuggestions').then((module) => {
      loaded = module.AgendaGridSuggestions;
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [added]);
  return items > 0 && loaded ? h(loaded, null) : null;
}
