import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code loads the first time there is something for it to show, not with the panel:
 * the side panel's first second has a payload budget (docs/performance.md), and offers that most
 * openings never show should not spend it. The caller decides when it is wanted (its lookup found
 * something); until the chunk arrives, a few milliseconds later, nothing shows.
 */
export function lazyView<P>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> =>
    (pending ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        // The next time the view is wanted tries again.
        pending = undefined;
        throw error;
      },
    ));

  /** The view once loaded and wanted; null before. */
  function useView(wanted: boolean): ComponentType<P> | null {
    const [view, setView] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!wanted || view) return;
      let live = true;
      preload().then(
        (ready) => live && setView(() => ready),
        // An offer that cannot load leaves the panel as it was; the console keeps the reason.
        (error: unknown) => console.error('Cocreate: a view could not load', error),
      );
      return () => {
        live = false;
      };
    }, [wanted, view]);
    return wanted ? view : null;
  }
  return { preload, useView };
}
