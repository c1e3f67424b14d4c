import { formatDate, formatIsoDay } from '../i18n/format-date';
import type { AgreedPlan } from '../plan/agreed-plan';
import type { DocumentLanguage } from '../plan/plan-types';
import { safetyNetLines } from '../plan/safety-net';
import { icsDate, icsLines, icsNextDay, icsText } from './ics';

const WORDS = {
  en: {
    draft: 'DRAFT: this plan is not agreed yet.',
    notDecided: 'You have not decided yet.',
    firstStep: 'Your first step',
    plan: 'Your plan',
    review: 'Review of your plan',
    when: 'When',
    reviewOn: (date: string) => `We will look at how it is going together on ${date}.`,
    getHelp: 'When to get help',
  },
  cy: {
    draft: "DRAFFT: nid yw'r cynllun hwn wedi'i gytuno eto.",
    notDecided: 'Heb benderfynu eto.',
    firstStep: 'Eich cam cyntaf',
    plan: 'Eich cynllun',
    review: 'Adolygu eich cynllun',
    when: 'Pryd',
    reviewOn: (date: string) => `Byddwn ni'n edrych gyda'n gilydd ar sut mae pethau'n mynd ar ${date}.`,
    getHelp: 'Pryd i gael help',
  },
} as const;

/** One language's description: status, first step, review, when to get help. */
function description(plan: AgreedPlan, language: DocumentLanguage): string {
  const w = WORDS[language];
  const review = formatDate(plan.reviewDate, language);
  const when = [plan.when, plan.howOften].filter(Boolean).join(', ');
  return [
    plan.status === 'draft' ? w.draft : plan.status === 'not-decided' ? w.notDecided : '',
    plan.gridNotice[language]?.label ?? '',
    plan.firstStep ? `${w.firstStep}: ${plan.firstStep}` : '',
    when ? `${w.when}: ${when}` : '',
    review ? w.reviewOn(review) : '',
    `${w.getHelp}:`,
    ...safetyNetLines(plan, language),
  ]
    .filter(Boolean)
    .join('\n');
}

const both = (plan: AgreedPlan, pick: (language: DocumentLanguage) => string, join: string) =>
  plan.languages.map(pick).join(join);

function event(plan: AgreedPlan, uid: string, day: string, summary: string): string[] {
  const stamp = formatIsoDay(plan.date).replace(/-/g, '') || day;
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@cocreate.invalid`,
    `DTSTAMP:${stamp}T000000Z`,
    `DTSTART;VALUE=DATE:${day}`,
    `DTEND;VALUE=DATE:${icsNextDay(day)}`,
    `SUMMARY:${icsText(summary)}`,
    `DESCRIPTION:${icsText(both(plan, (l) => description(plan, l), '\n\n'))}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/**
 * The patient's calendar file (RFC 5545), for follow-through after the visit with no server: an
 * all-day reminder of the first step on the day of the plan, and one on the review date, each
 * with the status, the first step, the review and when to get help, in the patient's language.
 */
export function buildCalendarFile(plan: AgreedPlan): string {
  const today = icsDate(formatIsoDay(plan.date));
  const review = icsDate(plan.reviewDate);
  const status = (l: DocumentLanguage) => (plan.status === 'draft' ? `${WORDS[l].draft} ` : '');
  const first = both(
    plan,
    (l) => `${status(l)}${plan.firstStep ? `${WORDS[l].firstStep}: ${plan.firstStep}` : WORDS[l].plan}`,
    ' / ',
  );
  const events = [
    ...(today ? event(plan, `${plan.consultationId}-first-step`, today, first) : []),
    ...(review
      ? event(
          plan,
          `${plan.consultationId}-review`,
          review,
          both(plan, (l) => `${status(l)}${WORDS[l].review}`, ' / '),
        )
      : []),
  ];
  return icsLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cocreate//Patient plan//EN',
    'CALSCALE:GREGORIAN',
    ...events,
    'END:VCALENDAR',
  ]);
}
