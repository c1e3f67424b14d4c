import type { ComponentChildren } from 'preact';
import type { ElementId } from '../../lib/domain/elements';
import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { useModel } from '../app-context';
import { useStrings } from './use-section';

/**
 * The top of every step: name, purpose, one-line prompts to glance at, and
 * "why this matters" folded away (issue 3: nudges, not paragraphs).
 */
export function StepFrame({ id, children }: { id: ElementId; children: ComponentChildren }) {
  const strings = useStrings().elements[id];
  const minutes = String(useModel().consultation.value?.preparation.plannedMinutes ?? '');
  return (
    <section class="step" aria-labelledby={`step-${id}`}>
      <h2 id={`step-${id}`} class="step__title" tabIndex={-1}>
        {ELEMENT_REGISTRY[id].number}. {strings.name}
      </h2>
      <p class="step__purpose">{strings.purpose}</p>
      <ul class="step__prompts" aria-label="Prompts">
        {strings.prompts.map((prompt) => (
          <li key={prompt}>{prompt.replaceAll('{minutes}', minutes)}</li>
        ))}
      </ul>
      <details class="step__why">
        <summary>Why this matters</summary>
        <p>{strings.why}</p>
      </details>
      {children}
    </section>
  );
}
