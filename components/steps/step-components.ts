import type { ComponentType } from 'preact';
import type { ElementId } from '../../lib/domain/elements';
import { AgendaStep } from './AgendaStep';
import { AgreementStep } from './AgreementStep';
import { ImplementationStep } from './ImplementationStep';
import { InformationStep } from './InformationStep';
import { OptionsStep } from './OptionsStep';
import { PreparationStep } from './PreparationStep';
import { ReviewStep } from './ReviewStep';

/** One step component per element of lib/domain/element-registry.ts (checked by its test). */
export const STEP_COMPONENTS: Record<ElementId, ComponentType> = {
  preparation: PreparationStep,
  agenda: AgendaStep,
  information: InformationStep,
  options: OptionsStep,
  agreement: AgreementStep,
  implementation: ImplementationStep,
  review: ReviewStep,
};
