import type { DocumentLanguage } from '../plan/plan-types';

/** The fixed words of the plan's text message, in GSM 03.38 letters only (no ŵ, ŷ, â). */
export interface SmsWords {
  draft: string;
  notDecided: (by: string) => string;
  intro: (practice: string) => string;
  chose: string;
  noTreatment: string;
  goal: string;
  firstStep: string;
  when: string;
  review: string;
  contact: string;
  getHelp: string;
  fullPlan: string;
  /** The chosen option's figure describes people like the patient (the plan says it at length). */
  figuresCaveat: string;
}

export const SMS_WORDS: Record<DocumentLanguage, SmsWords> = {
  en: {
    draft: 'DRAFT: this plan is not agreed yet.',
    notDecided: (by) => `You have not decided yet.${by ? ` Please tell us what you decide by ${by}.` : ''}`,
    intro: (practice) => (practice ? `Your plan from ${practice}.` : 'Your plan.'),
    chose: 'You chose',
    noTreatment: 'You chose not to start treatment for now. You can change your mind at any time.',
    goal: 'Goal',
    firstStep: 'First step',
    when: 'When',
    review: 'Review',
    contact: 'Contact',
    getHelp: 'Get help',
    fullPlan: 'Ask us for a copy of your full plan.',
    figuresCaveat: 'These figures are for people like you, not your own risk.',
  },
  cy: {
    draft: "DRAFFT: nid yw'r cynllun hwn wedi'i gytuno eto.",
    notDecided: (by) =>
      `Heb benderfynu eto.${by ? ` Rhowch wybod i ni beth rydych chi'n ei benderfynu erbyn ${by}.` : ''}`,
    intro: (practice) => (practice ? `Eich cynllun gan ${practice}.` : 'Eich cynllun.'),
    chose: 'Eich dewis',
    noTreatment:
      'Fe wnaethoch chi ddewis peidio a dechrau triniaeth nawr. Gallwch chi newid eich meddwl unrhyw bryd.',
    goal: 'Nod',
    firstStep: 'Cam cyntaf',
    when: 'Pryd',
    review: 'Adolygu',
    contact: 'Cysylltu',
    getHelp: 'Cael help',
    fullPlan: "Gofynnwch i ni am gopi o'ch cynllun llawn.",
    figuresCaveat: "Ffigurau ar gyfer pobl fel chi yw'r rhain, nid eich risg chi eich hun.",
  },
};
