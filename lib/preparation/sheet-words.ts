import type { DocumentLanguage } from '../plan/plan-types';

/**
 * The preparation sheet's words (docs/preparation.md), to the patient as "you" / "chi", short
 * sentences at a reading age of about 9–11. The Welsh follows the Welsh agenda prompts
 * (lib/i18n/cy.ts) and plan (lib/plan/words-cy.ts); marked for native review in the docs.
 */
export interface SheetWords {
  title: string;
  introHeading: string;
  intro: string;
  talkAbout: { heading: string; hint: string };
  whatMatters: { heading: string; hint: string };
  alreadyDoing: { heading: string; hint: string };
  readings: { heading: string; text: string };
  threeQuestions: { heading: string; questions: readonly [string, string, string]; source: string };
  grid: { heading: string; text: (title: string) => string };
  contact: { heading: string; from: (practice: string) => string; questions: (contact: string) => string };
  /** Above the nation's urgent-help lines (lib/plan/urgent-help.ts): the sheet reaches the patient days before. */
  urgentHeading: string;
  /** The text message: one short block; no letters outside the GSM alphabet (no ŵ, ŷ, â). */
  sms: {
    intro: (practice: string) => string;
    reply: string;
    ask: string;
    grid: (title: string) => string;
  };
}

/** "Ask 3 Questions" (AQuA and NHS England; based on Shepherd and colleagues, 2011). */
const ASK_3_EN = [
  'What are my options?',
  'What are the possible benefits and risks?',
  'How can I get support to help me make a decision that is right for me?',
] as const;
const ASK_3_CY = [
  'Beth yw fy opsiynau?',
  "Beth yw'r manteision a'r risgiau posibl?",
  "Sut galla i gael cymorth i wneud penderfyniad sy'n iawn i mi?",
] as const;

export const SHEET_WORDS: Record<DocumentLanguage, SheetWords> = {
  en: {
    title: 'Getting ready for your appointment',
    introHeading: 'Before you come',
    intro:
      'Your appointment is a time to talk about what matters to you. These questions can help you get ready. Write your answers here or on your phone, and bring them with you.',
    talkAbout: {
      heading: 'What would you like to talk about?',
      hint: 'Write down everything, even small things. We will choose together where to start.',
    },
    whatMatters: {
      heading: 'What matters most to you?',
      hint: 'For example, being able to walk to the shops, sleep well or play with your grandchildren.',
    },
    alreadyDoing: {
      heading: 'What are you already doing that helps?',
      hint: 'Tell us what you do now that makes things a bit better.',
    },
    readings: {
      heading: 'Bring your readings',
      text: 'If you check things at home, like your blood pressure, blood sugar or weight, please bring the numbers with you.',
    },
    threeQuestions: {
      heading: 'Three questions to ask us',
      questions: ASK_3_EN,
      source: 'From Ask 3 Questions, based on Shepherd and colleagues, 2011.',
    },
    grid: {
      heading: 'The choices for your decision',
      text: (title) =>
        `We have added an option grid about ${title}. It is a table of the choices, with the good points and the downsides of each one. Read it before you come, if you can.`,
    },
    urgentHeading: 'If you need help before your appointment',
    contact: {
      heading: 'Who this is from',
      from: (practice) => `From ${practice}.`,
      questions: (contact) => `If you have questions before your appointment, contact us: ${contact}.`,
    },
    sms: {
      intro: (practice) => `${practice ? `${practice}: b` : 'B'}efore your appointment, think about:`,
      reply: 'Reply, or bring your answers and any readings (like blood pressure).',
      ask: 'Ask us: What are my options? What are the possible benefits and risks? How can I get support to help me make a decision that is right for me?',
      grid: (title) => `Ask us for the table of your choices about ${title}.`,
    },
  },
  cy: {
    title: 'Paratoi ar gyfer eich apwyntiad',
    introHeading: 'Cyn i chi ddod',
    intro:
      "Mae eich apwyntiad yn amser i siarad am beth sy'n bwysig i chi. Gall y cwestiynau hyn eich helpu i baratoi. Ysgrifennwch eich atebion yma neu ar eich ffôn, a dewch â nhw gyda chi.",
    talkAbout: {
      heading: 'Am beth hoffech chi siarad?',
      hint: "Ysgrifennwch bopeth, hyd yn oed pethau bach. Byddwn ni'n dewis gyda'n gilydd ble i ddechrau.",
    },
    whatMatters: {
      heading: 'Beth sydd bwysicaf i chi?',
      hint: "Er enghraifft, gallu cerdded i'r siopau, cysgu'n dda neu chwarae gyda'ch wyrion.",
    },
    alreadyDoing: {
      heading: "Beth ydych chi'n ei wneud yn barod sy'n helpu?",
      hint: "Dywedwch wrthon ni beth rydych chi'n ei wneud nawr sy'n gwneud pethau ychydig yn well.",
    },
    readings: {
      heading: "Dewch â'ch darlleniadau",
      text: "Os ydych chi'n gwirio pethau gartref, fel eich pwysau gwaed, eich siwgr gwaed neu eich pwysau, dewch â'r rhifau gyda chi.",
    },
    threeQuestions: {
      heading: "Tri chwestiwn i'w gofyn i ni",
      questions: ASK_3_CY,
      source: 'O Gofyn 3 Chwestiwn, yn seiliedig ar Shepherd a chydweithwyr, 2011.',
    },
    grid: {
      heading: 'Y dewisiadau ar gyfer eich penderfyniad',
      text: (title) =>
        `Rydyn ni wedi ychwanegu grid opsiynau am ${title}. Tabl o'r dewisiadau yw e, gyda'r pethau da a'r anfanteision ar gyfer pob un. Darllenwch e cyn dod, os gallwch chi.`,
    },
    urgentHeading: 'Os oes angen help arnoch chi cyn eich apwyntiad',
    contact: {
      heading: 'Gan bwy mae hwn',
      from: (practice) => `Gan ${practice}.`,
      questions: (contact) =>
        `Os oes gennych chi gwestiynau cyn eich apwyntiad, cysylltwch â ni: ${contact}.`,
    },
    sms: {
      intro: (practice) => `${practice ? `${practice}: c` : 'C'}yn eich apwyntiad, meddyliwch am:`,
      reply: "Atebwch, neu dewch gyda'ch atebion ac unrhyw ddarlleniadau (fel pwysau gwaed).",
      ask: "Gofynnwch i ni: Beth yw fy opsiynau? Beth yw'r manteision a'r risgiau posibl? Sut galla i gael cymorth i wneud penderfyniad sy'n iawn i mi?",
      grid: (title) => `Gofynnwch i ni am y tabl o'ch dewisiadau am ${title}.`,
    },
  },
};
