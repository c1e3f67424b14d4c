import type { CareAim } from '../domain/consultation';

/**
 * Every fixed phrase of the patient version, in one language. Written to the
 * patient ("you"), short sentences and everyday words, aiming at a reading age
 * of 9–11 (docs/plan-truth.md, "Plain words"). The Welsh set (words-cy.ts) has the same shape, so a
 * missing translation fails the type check.
 */
export interface PlanWords {
  title: string;
  /** The title until "Plan agreed" is ticked: nothing on the page is agreed yet. */
  draftTitle: string;
  /** Agreed with nothing decided: the title says so rather than read as a decision. */
  notDecidedTitle: string;
  headings: {
    getHelp: string;
    sinceLastTime: string;
    whatMatters: string;
    talkedAbout: string;
    beforeWeDecide: string;
    choices: string;
    decision: string;
    goal: string;
    firstStep: string;
    barriers: string;
    confidence: string;
    whoDoesWhat: string;
    next: string;
    contact: string;
    writtenBy: string;
  };
  labels: {
    alreadyHelping: string;
    aim: string;
    problem: string;
    good: string;
    bad: string;
    why: string;
    whereNow: string;
    what: string;
    when: string;
    howOften: string;
    wayRound: string;
    you: string;
    clinician: string;
    others: string;
    referral: string;
    /** A brief intervention's line (smoking, moving more, weight, alcohol). */
    changeHelp: string;
    booked: string;
    support: string;
    wayBackIn: string;
    contact: string;
    who: string;
    byWhen: string;
    lastGoal: string;
    chose: string;
    /** Options on the grid opened that were not discussed: named, not claimed as looked at. */
    alsoOnGrid: string;
    helped: string;
    gotInTheWay: string;
    youRaised: string;
    clinicianRaised: string;
    practice: string;
  };
  careAims: Record<CareAim, string>;
  doingNothingIsAChoice: string;
  noTreatment: string;
  /** The third outcome: not decided yet, with the date to decide by when one was set. */
  notDecided: (decideBy: string) => string;
  /** Stamped on a printed copy, so an older print is recognisable as older. */
  printedAt: (when: string) => string;
  outOfTen: (score: number) => string;
  confidence: (score: number) => string;
  lowConfidence: string;
  review: (date: string) => string;
  writtenOn: (date: string) => string;
  writtenBy: (who: string) => string;
}

export const WORDS_EN: PlanWords = {
  title: 'Your plan',
  draftTitle: 'DRAFT: your plan (not agreed yet)',
  notDecidedTitle: 'Your plan (not decided yet)',
  headings: {
    getHelp: 'When to get help',
    sinceLastTime: 'Since last time',
    whatMatters: 'What matters to you',
    talkedAbout: 'What we talked about',
    beforeWeDecide: 'Before we decide',
    choices: 'The choices we looked at',
    decision: 'What you decided',
    goal: 'Your goal',
    firstStep: 'Your first step',
    barriers: 'What might get in the way',
    confidence: 'How sure you feel',
    whoDoesWhat: 'Who does what',
    next: 'What happens next',
    contact: 'Who to contact',
    writtenBy: 'About this plan',
  },
  labels: {
    alreadyHelping: 'What already helps',
    aim: 'What we are aiming for',
    problem: 'The problem',
    good: 'Good points',
    bad: 'Downsides',
    why: 'Why, in your words',
    whereNow: 'Where you are now',
    what: 'What',
    when: 'When',
    howOften: 'How often',
    wayRound: 'What you can do',
    you: 'You',
    clinician: 'Your clinician',
    others: 'Others',
    referral: 'We have asked for',
    changeHelp: 'Help to make a change',
    booked: 'Booked',
    support: 'Help you can get',
    wayBackIn: 'How to come back to us',
    contact: 'How to get in touch',
    who: 'who',
    byWhen: 'by',
    lastGoal: 'Your goal last time',
    chose: 'You chose',
    alsoOnGrid: 'Also on the option grid, not talked through',
    helped: 'What helped',
    gotInTheWay: 'What got in the way',
    youRaised: 'You asked about',
    clinicianRaised: 'We also talked about',
    practice: 'Your surgery',
  },
  careAims: {
    prevention: 'to lower the chance of problems later',
    stabilisation: 'to keep things steady',
    participation: 'to help you do more of the things you want to do',
    resolution: 'to get better and sort out the problem',
    improvement: 'to build up your strength and skills',
    adjustment: 'to help you come to terms with how things are',
    comfort: 'to ease pain or discomfort',
  },
  doingNothingIsAChoice: 'Doing nothing for now was a real choice too.',
  noTreatment:
    'You decided, after hearing about the choices, not to start treatment now. That is a real choice, and we respect it. You can change your mind at any time.',
  notDecided: (decideBy) =>
    `You have not decided yet, and that is fine. Take the time you need, and talk it over with family or friends if you want to.${decideBy ? ` Please let us know what you decide by ${decideBy}.` : ' Please let us know when you have decided.'}`,
  printedAt: (when) => `Printed on ${when}. If the plan changes, ask for a new copy.`,
  outOfTen: (score) => `${score} out of 10`,
  confidence: (score) => `You feel ${score} out of 10 sure that you can do this.`,
  lowConfidence: 'If that feels hard, we can make the step smaller together.',
  review: (date) => `We will look at how it is going together on ${date}.`,
  writtenOn: (date) => `Written on ${date}`,
  writtenBy: (who) => `by ${who}`,
};
