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
  informationGiven: heading('information-given', 'Information given'),
  /** The goal in the patient's words. */
  goal: heading('aim-goal', 'Aim/goal'),
  /** First step and who does what. */
  actions: heading('actions', 'Actions'),
  /** The planned review: when the plan is looked at again. */
  review: heading('review-appointment', 'Review appointment'),
  /** When to get help: what to do if things get worse (PCSP Contingency/safety plans). */
  safetyNet: heading('intervention-on-development-of-symptoms', 'Intervention on development of symptoms'),
  /** How the earlier plan went, at review. */
  outcome: heading('outcome', 'Outcome'),
  /** Who to contact. */
  contact: heading('contact-for-further-information', 'Contact for further information'),
  /** How the consultation happened and who took part (SDM Contacts with professionals). */
  contactWithProfessionals: heading('contact-with-professionals', 'Contact with professionals'),
  /** How the person communicates: language, interpreter, large print (PCSP About me). */
  adjustments: heading(
    'reasonable-adjustments-for-health-and-care-access',
    'Reasonable adjustments for health and care access',
  ),
  /** The practice. */
  gpPractice: heading('gp-practice', 'GP practice'),
} as const satisfies Record<string, SourcedCode>;

export const SECTION_HEADING_CODES: readonly SourcedCode[] = Object.values(SECTION_HEADING);
