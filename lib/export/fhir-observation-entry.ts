import type { Observation } from '@medplum/fhirtypes';
import { compact } from './fhir-parts';
import { stableUuid } from './stable-uuid';

/** An Observation with the full URL the bundle refers to it by. */
export interface ObservationEntry {
  fullUrl: string;
  resource: Observation;
}

/**
 * A final Observation whose id is stable for `idSeed` (the same consultation exports the same ids),
 * with undefined fields left out; every Observation of the export is made here.
 */
export function observationEntry(
  idSeed: string,
  fields: Omit<Observation, 'resourceType' | 'id' | 'status'>,
): ObservationEntry {
  const id = stableUuid(idSeed);
  return {
    fullUrl: `urn:uuid:${id}`,
    resource: compact<Observation>({ resourceType: 'Observation', id, status: 'final', ...fields }),
  };
}

/** 0–10 as an integer when it is one, else as a plain quantity (a ruler read between marks). */
export const outOf10 = (value: number): Pick<Observation, 'valueInteger' | 'valueQuantity'> =>
  Number.isInteger(value) ? { valueInteger: value } : { valueQuantity: { value } };
