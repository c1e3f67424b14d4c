import { UK_CORE_HEADINGS, type SourcedCode } from './sourced-code';

/**
 * Composition.section.code for a plan document whose sections follow the PCSP and SDM headings:
 * UK Core record standard headings (ValueSet UKCore-CompositionSectionCode, extensible), each
 * code and display as that value set's expansion lists it. Which heading fits which Cocreate
 * section is our reading of the names; the PRSB element each section fills is in
 * lib/standards/prsb-mapping.ts.
 */

const heading = (code: string, display: string): SourcedCode => ({
  system: UK_CORE_HEADINGS,
  code,
  display,
  source: { where: 'shared', ref: 'uk-core/valuesets/ValueSet-UKCore-CompositionSectionCode.xml' },
});

export const SECTION_HEADING = {
  /** What matters to the person, and their agenda. */
  whatMatters: heading(
    'patient-and-carer-concerns-expectations-and-wishes',
    'Patient and carer concerns, expectations and wishes',
  ),
  /** The problem the decision is about (SDM Problem list). */
  problems: heading('problems', 'Problems'),
  /** Options discussed, with their risks and benefits, and the decision. */
  informationGiven: heading('information-and-advice-given', 'Information and advice given'),
  /** The goal in the patient's words. */
  goal: heading('aim-goal', 'Aim/goal'),
  /** First step and who does what. */
  actions: heading('actions', 'Actions'),
  /** Review date and the plan as a whole. */
  plan: heading('plan-and-requested-actions', 'Plan and requested actions'),
  /** Who to contact. */
  contact: heading('contact-for-further-information', 'Contact for further information'),
  /** The practice. */
  gpPractice: heading('gp-practice', 'GP practice'),
} as const satisfies Record<string, SourcedCode>;

export const SECTION_HEADING_CODES: readonly SourcedCode[] = Object.values(SECTION_HEADING);
