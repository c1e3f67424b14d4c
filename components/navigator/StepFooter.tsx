import type { Consultation } from '../../lib/domain/consultation';
import { stepAlong } from '../../lib/domain/element-registry';
import type { ElementId } from '../../lib/domain/elements';
import type { Catalogue } from '../../lib/i18n/types';

interface StepFooterProps {
  consultation: Consultation;
  strings: Catalogue;
  onGo: (id: ElementId) => void;
}

/** Previous / next along the chosen path, named so the clinician knows where each goes. */
export function StepFooter({ consultation, strings, onGo }: StepFooterProps) {
  const previous = stepAlong(consultation.path, consultation.currentElement, -1);
  const next = stepAlong(consultation.path, consultation.currentElement, 1);
  return (
    <div class="step-footer">
      {previous ? (
        <button type="button" aria-keyshortcuts="Alt+P" onClick={() => onGo(previous)}>
          ← {strings.elements[previous].name}
        </button>
      ) : (
        <span />
      )}
      {next ? (
        <button type="button" data-variant="primary" aria-keyshortcuts="Alt+N" onClick={() => onGo(next)}>
          {strings.elements[next].name} →
        </button>
      ) : null}
    </div>
  );
}
