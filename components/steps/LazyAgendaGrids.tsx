import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useModel } from '../app-context';

let loaded: ComponentType | undefined;

/**
 * The agenda's grid suggestions, loaded once the agenda has an item: the grid catalogue and its
 * matching stay out of the side panel's first load (docs/performance.md, payload ≤ 60 KB gzip).
 */
export function LazyAgendaGrids() {
  const hasAgenda = (useModel().consultation.value?.agenda.items.length ?? 0) > 0;
  const [, setReady] = useState(false);
  useEffect(() => {
    if (!hasAgenda || loaded) return;
    let live = true;
    void import('../option-grid/AgendaGridSuggestions').then((module) => {
      loaded = module.AgendaGridSuggestions;
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [hasAgenda]);
  return hasAgenda && loaded ? h(loaded, null) : null;
}
