import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import type { SourcedCode } from './codes/sourced-code';

/** A sourced code as the Coding the bundle carries (its source stays in lib/export/codes). */
export const coding = (c: Pick<SourcedCode, 'system' | 'code' | 'display'>): Coding => ({
  system: c.system,
  code: c.code,
  display: c.display,
});

/** A concept with its code where there is one, and always the words a person reads. */
export const coded = (c: SourcedCode | null | undefined, text: string): CodeableConcept =>
  c ? { coding: [coding(c)], text } : { text };
