import type { Language } from '../i18n/types';

/**
 * collaboRATE (Elwyn, Barr, Grande, Thompson, Walsh, Ozanne. Patient Educ Couns
 * 2013;93:102–7): three questions the patient answers privately after the
 * consultation, each from 0 ("No effort was made") to 9 ("Every effort was
 * made"). The English wording and anchors are the published ones; the Welsh is
 * ours and awaits native and authors' review (docs/collaborate.md).
 */
export interface CollaborateText {
  title: string;
  intro: string;
  privacy: string;
  items: readonly [string, string, string];
  lowAnchor: string;
  highAnchor: string;
  questionOf: (n: number, total: number) => string;
  back: string;
  next: string;
  finish: string;
  chooseFirst: string;
  saving: string;
  thanks: string;
  handBack: string;
  notSaved: string;
  notOpened: string;
  languageLabel: string;
}

export const COLLABORATE_ITEMS_EN = [
  'How much effort was made to help you understand your health issues?',
  'How much effort was made to listen to the things that matter most to you about your health issues?',
  'How much effort was made to include what matters most to you in choosing what to do next?',
] as const;

export const COLLABORATE_TEXT: Record<Language, CollaborateText> = {
  en: {
    title: 'About your appointment',
    intro: 'Three short questions about the appointment you have just had.',
    privacy:
      'Your clinician does not see your answers on this screen. They are added up with other patients’ answers to help us improve.',
    items: COLLABORATE_ITEMS_EN,
    lowAnchor: 'No effort was made',
    highAnchor: 'Every effort was made',
    questionOf: (n, total) => `Question ${n} of ${total}`,
    back: 'Back',
    next: 'Next',
    finish: 'Finish',
    chooseFirst: 'Choose a number from 0 to 9 first.',
    saving: 'Saving your answers…',
    thanks: 'Thank you. Your answers are saved.',
    handBack: 'Please hand the screen back to your clinician.',
    notSaved: 'Your answers could not be saved. Please hand the screen back to your clinician.',
    notOpened: 'This screen opens from Cocreate’s side panel. Please hand it back to your clinician.',
    languageLabel: 'Language',
  },
  cy: {
    title: 'Am eich apwyntiad',
    intro: 'Tri chwestiwn byr am yr apwyntiad rydych newydd ei gael.',
    privacy:
      'Nid yw eich clinigydd yn gweld eich atebion ar y sgrin hon. Cânt eu hadio at atebion cleifion eraill i’n helpu i wella.',
    items: [
      'Faint o ymdrech a wnaed i’ch helpu i ddeall eich materion iechyd?',
      'Faint o ymdrech a wnaed i wrando ar y pethau sydd bwysicaf i chi am eich materion iechyd?',
      'Faint o ymdrech a wnaed i gynnwys yr hyn sydd bwysicaf i chi wrth ddewis beth i’w wneud nesaf?',
    ],
    lowAnchor: 'Ni wnaed dim ymdrech',
    highAnchor: 'Gwnaed pob ymdrech',
    questionOf: (n, total) => `Cwestiwn ${n} o ${total}`,
    back: 'Yn ôl',
    next: 'Nesaf',
    finish: 'Gorffen',
    chooseFirst: 'Dewiswch rif o 0 i 9 yn gyntaf.',
    saving: 'Wrthi’n cadw eich atebion…',
    thanks: 'Diolch. Mae eich atebion wedi’u cadw.',
    handBack: 'Rhowch y sgrin yn ôl i’ch clinigydd, os gwelwch yn dda.',
    notSaved: 'Nid oedd modd cadw eich atebion. Rhowch y sgrin yn ôl i’ch clinigydd, os gwelwch yn dda.',
    notOpened: 'Mae’r sgrin hon yn agor o banel ochr Cocreate. Rhowch hi yn ôl i’ch clinigydd.',
    languageLabel: 'Iaith',
  },
};

/**
 * The clinician's way back, in both languages at once: the clinician may not read the
 * language the patient chose. Pressed and held, never a tap (docs/collaborate.md, "Unlock").
 */
export const UNLOCK_LABEL = 'Clinician: press and hold to return · Clinigydd: pwyswch a daliwch i ddychwelyd';
export const UNLOCK_HOLDING = 'Keep holding… · Daliwch ati…';

/** The 0–9 scale of the published instrument. */
export const COLLABORATE_SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
