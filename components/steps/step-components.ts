import { h, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ELEMENT_IDS, type ElementId } from '../../lib/domain/elements';
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

/** 'implementation' → 'ImplementationStep': the name of an element's step component and of its file. */
export const stepName = (id: ElementId): string => `${id.charAt(0).toUpperCase()}${id.slice(1)}Step`;

// Every step but the agenda's, each its own chunk: a new element's step is found by its file name
// (docs/architecture.md, "Adding an element"), so no list here needs a line for it.
const LAZY_STEPS = import.meta.glob<Record<string, ComponentType | undefined>>([
  './*Step.tsx',
  '!./AgendaStep.tsx',
]);

/** Loads an element's step component; rejects when its file or export is missing. */
export async function loadStep(id: ElementId): Promise<ComponentType> {
  // Every quick-path consultation opens on the agenda, so it comes with the panel's first load and
  // the first frame already shows its fields, not "Loading…" (docs/performance.md, panel open).
  if (id === 'agenda') return AgendaStep;
  const name = stepName(id);
  const component = (await LAZY_STEPS[`./${name}.tsx`]?.())?.[name];
  if (!component) throw new Error(`components/steps/${name}.tsx does not export ${name}`);
  return component;
}

/** One step component per element of lib/domain/element-registry.ts (checked by its test). */
export const STEP_COMPONENTS = Object.fromEntries(
  ELEMENT_IDS.map((id) => [id, id === 'agenda' ? AgendaStep : lazyStep(id, () => loadStep(id))]),
) as Record<ElementId, ComponentType>;
