import type { Consultation, PreparationSheetGiven } from '../domain/consultation';
import { list } from '../domain/read-values';

/**
 * The consultation with one more preparation sheet given (printed, downloaded or copied as a text
 * message), so the note can say the patient was sent one (docs/preparation.md). Choosing a grid
 * alone records nothing here: only a sheet that left Cocreate.
 */
export function withSheetGiven(consultation: Consultation, given: PreparationSheetGiven): Consultation {
  return { ...consultation, preparationSheetsGiven: [...list(consultation.preparationSheetsGiven), given] };
}
