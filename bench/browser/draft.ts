import type { Consultation } from '../../lib/domain/consultation';
import type { ElementId } from '../../lib/domain/elements';
import { fullConsultation } from '../fixtures/consultation';
import { DRAFT_MARKER } from './session';

/** The open draft the panel restores: a full consultation carrying the marker in its visible text. */
export function benchDraft(currentElement: ElementId = 'agenda'): Consultation {
  const base = fullConsultation({ index: 999_999 });
  return {
    ...base,
    id: 'bench-open-draft',
    status: 'open',
    currentElement,
    patientRef: `${DRAFT_MARKER} (JB 1956)`,
    agenda: { ...base.agenda, whatMatters: `${DRAFT_MARKER}: ${base.agenda.whatMatters}` },
    agreement: { ...base.agreement, goal: `${DRAFT_MARKER}: ${base.agreement.goal}` },
  };
}
