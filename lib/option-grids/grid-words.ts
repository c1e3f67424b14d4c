import type { GridLanguage } from './grid';

/**
 * The words around a grid that a patient reads (the grid's own content is in
 * its language already), in English and Welsh. The three questions are the
 * research version (Shepherd and colleagues, 2011; framework.md "Tools and measures").
 */
export interface GridWords {
  threeQuestionsHeading: string;
  threeQuestions: readonly [string, string, string];
  threeQuestionsSource: string;
  question: string;
  sources: string;
  lastReviewed: string;
  reviewDue: string;
  writtenBy: string;
  version: string;
  doNothing: string;
  statusHeading: string;
  scopeHeading: string;
  notForYouIf: string;
  doNotUseIf: string;
  whenToGetHelp: string;
  /** Before the options a help line belongs to, e.g. "If you choose: Take a statin". */
  ifYouChoose: string;
  signOffNeeded: string;
  checked: string;
}

export const GRID_WORDS: Record<GridLanguage, GridWords> = {
  en: {
    threeQuestionsHeading: 'Three questions to ask',
    threeQuestions: [
      'What are my options?',
      'What are the possible benefits and harms?',
      'How likely are they to happen to me?',
    ],
    threeQuestionsSource: 'Shepherd and colleagues, 2011',
    question: 'Your question',
    sources: 'Where the figures come from',
    lastReviewed: 'Last checked',
    reviewDue: 'Next check due',
    writtenBy: 'Written by',
    version: 'Version',
    doNothing: 'doing nothing is a real choice',
    statusHeading: 'About this grid',
    scopeHeading: 'Who this is for',
    notForYouIf: 'This is not for you if:',
    doNotUseIf: 'For the clinician — do not use if:',
    whenToGetHelp: 'When to get help',
    ifYouChoose: 'If you choose',
    signOffNeeded: 'Sign-off needed',
    checked: 'checked',
  },
  cy: {
    threeQuestionsHeading: 'Tri chwestiwn i’w gofyn',
    threeQuestions: [
      'Beth yw fy opsiynau?',
      'Beth yw’r manteision a’r niwed posibl?',
      'Pa mor debygol ydyn nhw o ddigwydd i mi?',
    ],
    threeQuestionsSource: 'Shepherd a chydweithwyr, 2011',
    question: 'Eich cwestiwn',
    sources: 'O ble daw’r ffigurau',
    lastReviewed: 'Gwiriwyd ddiwethaf',
    reviewDue: 'Gwiriad nesaf',
    writtenBy: 'Ysgrifennwyd gan',
    version: 'Fersiwn',
    doNothing: 'mae gwneud dim yn ddewis go iawn',
    statusHeading: 'Am y grid hwn',
    scopeHeading: 'I bwy mae hwn',
    notForYouIf: 'Nid yw hwn i chi os:',
    doNotUseIf: 'I’r clinigwr — peidiwch â’i ddefnyddio os:',
    whenToGetHelp: 'Pryd i gael help',
    ifYouChoose: 'Os byddwch chi’n dewis',
    signOffNeeded: 'Angen cymeradwyaeth',
    checked: 'gwiriwyd',
  },
};

/** Shown to clinicians beside every grid (docs/option-grids.md): the content is a starting point, not a guarantee. */
export const CHECK_BEFORE_USE =
  'Check the content before clinical use: your practice is responsible for the grids it uses.';

/** True when the review date has passed (ISO dates compare as text). */
export function isOverdue(reviewDue: string, today: string): boolean {
  return reviewDue < today;
}
