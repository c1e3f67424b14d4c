import { h, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ElementId } from '../../lib/domain/elements';
import { AgendaStep } from './AgendaStep';

type StepModule = Promise<ComponentType>;

/**
 * A step that loads its code the first time it is shown, so the side panel's
 * initial payload carries only the step the quick path opens on (docs/performance.md,
 * budget ≤ 60 KB gzip). Chunks come from the extension's own files and
 * load in a few milliseconds; until then a placeholder heading with the step's
 * id takes the focus the navigator moves there, and hands it to the real heading.
 */
function lazyStep(id: ElementId, load: () => StepModule): ComponentType {
  let loaded: ComponentType | undefined;
  let pending: StepModule | undefined;
  const preload = (): StepModule =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));

  function LazyStep() {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    const placeholder = useRef<HTMLHeadingElement>(null);
    const refocus = useRef(false);
    useEffect(() => {
      if (state !== 'loading') return;
      let live = true;
      preload().then(
        () => {
          refocus.current = placeholder.current !== null && document.activeElement === placeholder.current;
          if (live) setState('ready');
        },
        () => live && setState('failed'),
      );
      return () => {
        live = false;
      };
    }, [state]);
    useEffect(() => {
      // Effects run a frame after the step is on the page: a clinician who has tabbed on into it
      // meanwhile keeps the focus where they took it.
      const nowhere = document.activeElement === null || document.activeElement === document.body;
      if (state === 'ready' && refocus.current && nowhere) document.getElementById(`step-${id}`)?.focus();
    }, [state]);

    if (state === 'ready' && loaded) return h(loaded, null);
    return h(
      'section',
      { class: 'step', 'aria-busy': state === 'loading' ? 'true' : 'false' },
      h(
        'h2',
        { id: `step-${id}`, class: 'step__title', tabIndex: -1, ref: placeholder },
        state === 'failed' ? 'This step could not load. Close and reopen Cocreate.' : 'Loading…',
      ),
    );
  }
  LazyStep.displayName = `LazyStep(${id})`;
  return LazyStep;
}

/** One step component per element of lib/domain/element-registry.ts (checked by its test). */
export const STEP_COMPONENTS: Record<ElementId, ComponentType> = {
  preparation: lazyStep('preparation', () => import('./PreparationStep').then((m) => m.PreparationStep)),
  // Every quick-path consultation opens here, so it comes with the panel's first load and the
  // first frame already shows its fields, not "Loading…" (docs/performance.md, panel open).
  agenda: AgendaStep,
  information: lazyStep('information', () => import('./InformationStep').then((m) => m.InformationStep)),
  options: lazyStep('options', () => import('./OptionsStep').then((m) => m.OptionsStep)),
  agreement: lazyStep('agreement', () => import('./AgreementStep').then((m) => m.AgreementStep)),
  implementation: lazyStep('implementation', () =>
    import('./ImplementationStep').then((m) => m.ImplementationStep),
  ),
  review: lazyStep('review', () => import('./ReviewStep').then((m) => m.ReviewStep)),
};
