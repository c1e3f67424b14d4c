import type { DocumentLanguage } from './plan-types';

/**
 * The fixed words around a grid's figures on the patient's plan. The caveat is NICE NG197 §1.5's
 * point that figures describe groups: without it, "7 in 100" reads as the patient's own chance.
 * The Welsh is the team's draft (lib/i18n/welsh-review.ts lists it as unreviewed).
 */
export interface FigureWords {
  heading: string;
  /** Figures are for groups of people like the patient, not their own risk. */
  caveat: string;
  /** Said in place of a figure where the grid has none for the option. */
  noFigures: string;
  /** Label of the line that names where the figures come from. */
  source: string;
}

export const FIGURE_WORDS: Record<DocumentLanguage, FigureWords> = {
  en: {
    heading: 'What the numbers say',
    caveat: 'These figures are for groups of people like you. They cannot tell you what will happen to you.',
    noFigures: 'We do not have good figures in numbers for this choice.',
    source: 'Where the figures come from',
  },
  cy: {
    heading: 'Beth mae’r rhifau’n ei ddweud',
    caveat:
      'Mae’r ffigurau hyn ar gyfer grwpiau o bobl fel chi. Allan nhw ddim dweud wrthych chi beth fydd yn digwydd i chi.',
    noFigures: 'Does gennym ni ddim ffigurau da mewn rhifau ar gyfer y dewis hwn.',
    source: 'O ble mae’r ffigurau’n dod',
  },
};
