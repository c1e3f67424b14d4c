import type { ComponentChildren } from 'preact';
import type { ElementId } from '../../lib/domain/elements';
import { ELEMENT_REGISTRY } from '../../lib/domain/element-registry';
import { useModel } from '../app-context';
import { useStrings } from '../ui/use-section';

/**
 * The top of every step: its name and the one prompt to say first; the
 * purpose, the other prompts and "why this matters" fold away, so the first
 * field is above the fold at 360 × 800 (docs/quick-path.md, "One screen").
 */
export function StepFrame({ id, children }: { id: ElementId; children: ComponentChildren }) {
  const strings = useStrings().elements[id];
  const minutes = String(useModel().consultation.value?.preparation.plannedMinutes ?? '');
  const [first, ...more] = strings.prompts.map((prompt) => prompt.replaceAll('{minutes}', minutes));
  return (
    <section class="step" aria-labelledby={`step-${id}`}>
      <h2 id={`step-${id}`} class="step__title" tabIndex={-1}>
        {ELEMENT_REGISTRY[id].number}. {strings.name}
      </h2>
      <ul class="step__prompts" aria-label="Prompts">
        {first ? <li>{first}</li> : null}
      </ul>
      <details class="step__why">
        <summary>More prompts, and why</summary>
        <p class="step__purpose">{strings.purpose}</p>
        {more.length > 0 ? (
          <ul class="step__prompts" aria-label="More prompts">
            {more.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        ) : null}
        <p>
          <strong>Why this matters</strong>: {strings.why}
        </p>
      </details>
      {children}
    </section>
  );
}
