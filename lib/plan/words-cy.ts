import type { PlanWords } from './words';

/**
 * The patient version in Welsh. Written in everyday (not formal) Welsh, to the
 * patient as "chi", mirroring words.ts phrase by phrase. The patient's own words
 * are quoted as captured and are not translated.
 */
export const WORDS_CY: PlanWords = {
  title: 'Eich cynllun',
  headings: {
    sinceLastTime: 'Ers y tro diwethaf',
    whatMatters: "Beth sy'n bwysig i chi",
    talkedAbout: 'Beth wnaethon ni siarad amdano',
    beforeWeDecide: 'Cyn i ni benderfynu',
    choices: 'Y dewisiadau wnaethon ni edrych arnyn nhw',
    decision: 'Beth wnaethoch chi ei benderfynu',
    goal: 'Eich nod',
    firstStep: 'Eich cam cyntaf',
    barriers: 'Beth allai fynd yn y ffordd',
    confidence: "Pa mor siŵr rydych chi'n teimlo",
    whoDoesWhat: "Pwy sy'n gwneud beth",
    next: "Beth sy'n digwydd nesaf",
    contact: 'Pwy i gysylltu â nhw',
    writtenBy: 'Am y cynllun hwn',
  },
  labels: {
    alreadyHelping: "Beth sy'n helpu'n barod",
    aim: "Beth rydyn ni'n anelu ato",
    problem: 'Y broblem',
    good: 'Pethau da',
    bad: 'Anfanteision',
    why: 'Pam, yn eich geiriau chi',
    whereNow: 'Ble rydych chi nawr',
    what: 'Beth',
    when: 'Pryd',
    howOften: 'Pa mor aml',
    wayRound: 'Beth allwch chi ei wneud',
    you: 'Chi',
    clinician: 'Eich clinigydd',
    others: 'Eraill',
    referral: 'Rydyn ni wedi gofyn am',
    booked: "Wedi'i drefnu",
    support: 'Help y gallwch ei gael',
    wayBackIn: 'Sut i ddod yn ôl aton ni',
    contact: 'Sut i gysylltu',
    who: 'pwy',
    byWhen: 'erbyn',
    lastGoal: 'Eich nod y tro diwethaf',
    chose: 'Eich dewis chi',
  },
  careAims: {
    prevention: "lleihau'r siawns o broblemau yn nes ymlaen",
    stabilisation: "cadw pethau'n sefydlog",
    participation: "eich helpu i wneud mwy o'r pethau rydych chi eisiau eu gwneud",
    resolution: 'gwella a datrys y broblem',
    improvement: 'cryfhau eich corff a magu sgiliau',
    adjustment: 'eich helpu i ddod i delerau â sut mae pethau',
    comfort: 'lleddfu poen neu anghysur',
  },
  doingNothingIsAChoice: 'Roedd peidio â gwneud dim am y tro yn ddewis go iawn hefyd.',
  noTreatment:
    "Ar ôl clywed am y dewisiadau, fe wnaethoch chi benderfynu peidio â dechrau triniaeth nawr. Mae hynny'n ddewis go iawn, ac rydyn ni'n ei barchu. Gallwch chi newid eich meddwl unrhyw bryd.",
  outOfTen: (score) => `${score} allan o 10`,
  confidence: (score) => `Rydych chi'n teimlo ${score} allan o 10 yn siŵr y gallwch chi wneud hyn.`,
  lowConfidence: "Os yw hynny'n teimlo'n anodd, gallwn ni wneud y cam yn llai gyda'n gilydd.",
  review: (date) => `Byddwn ni'n edrych gyda'n gilydd ar sut mae pethau'n mynd ar ${date}.`,
  writtenOn: (date) => `Ysgrifennwyd ar ${date}`,
  writtenBy: (who) => `gan ${who}`,
};
