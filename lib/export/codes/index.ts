import { R4_CODES } from './r4-codes';
import type { SourcedCode } from './sourced-code';
import { SECTION_HEADING_CODES } from './section-headings';
import { SNOMED_CODES } from './snomed';
import { VITAL_SIGN_CODES } from './vital-signs';

/** Every sourced code of lib/export/codes, for the test that checks each one and its source. */
export const SOURCED_CODES: readonly SourcedCode[] = [
  ...SNOMED_CODES,
  ...VITAL_SIGN_CODES,
  ...SECTION_HEADING_CODES,
  ...R4_CODES,
];
