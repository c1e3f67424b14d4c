import type { Nation } from '../domain/nation';
import type { DocumentLanguage } from './plan-types';

/**
 * The fixed urgent-help lines of every patient plan, by the practice's nation
 * (settings.nation). Numbers and service names are checked against the sources
 * listed in docs/urgent-help.md; change them only with that page.
 * The 999 line is the same in every nation; the second line is the nation's own
 * urgent (not emergency) route; the third its urgent mental health route.
 */
export interface UrgentHelp {
  lines: Record<DocumentLanguage, readonly string[]>;
  /** The routes in a few words, for the clinician note. */
  summary: string;
  /** 999 and the urgent route in the fewest words, for a text message that must be short (lib/sms). */
  short: Record<DocumentLanguage, readonly string[]>;
}

const SHORT_999 = { en: 'Emergency: call 999.', cy: 'Argyfwng: ffoniwch 999.' };

const EMERGENCY = {
  en: 'If you feel very unwell or it is an emergency, call 999.',
  cy: "Os ydych chi'n teimlo'n sâl iawn neu os yw'n argyfwng, ffoniwch 999.",
};

export const URGENT_HELP: Record<Nation, UrgentHelp> = {
  england: {
    lines: {
      en: [
        EMERGENCY.en,
        'If you need help fast but it is not an emergency, call NHS 111 for free, or go to 111.nhs.uk.',
        'For urgent help with your mental health, call 111 and choose the mental health option.',
      ],
      cy: [
        EMERGENCY.cy,
        "Os oes angen help arnoch chi'n gyflym ond nid yw'n argyfwng, ffoniwch NHS 111 am ddim, neu ewch i 111.nhs.uk.",
        "I gael help brys gyda'ch iechyd meddwl, ffoniwch 111 a dewis yr opsiwn iechyd meddwl.",
      ],
    },
    summary: '999; NHS 111 (mental health option)',
    short: {
      en: [SHORT_999.en, 'Urgent but not an emergency: call NHS 111.'],
      cy: [SHORT_999.cy, 'Brys ond nid argyfwng: ffoniwch NHS 111.'],
    },
  },
  wales: {
    lines: {
      en: [
        EMERGENCY.en,
        'If you need help fast but it is not an emergency, call NHS 111 Wales for free, or go to 111.wales.nhs.uk.',
        'For urgent help with your mental health, call 111 and press 2.',
      ],
      cy: [
        EMERGENCY.cy,
        "Os oes angen help arnoch chi'n gyflym ond nid yw'n argyfwng, ffoniwch GIG 111 Cymru am ddim, neu ewch i 111.wales.nhs.uk.",
        "I gael help brys gyda'ch iechyd meddwl, ffoniwch 111 a phwyso 2.",
      ],
    },
    summary: '999; NHS 111 Wales (111 press 2 for mental health)',
    short: {
      en: [SHORT_999.en, 'Urgent but not an emergency: call NHS 111 Wales.'],
      cy: [SHORT_999.cy, 'Brys ond nid argyfwng: ffoniwch GIG 111 Cymru.'],
    },
  },
  scotland: {
    lines: {
      en: [
        EMERGENCY.en,
        'If you need help fast but it is not an emergency, call NHS 24 on 111 for free, day or night.',
        'For urgent help with your mental health, call NHS 24 on 111 and choose the mental health option.',
      ],
      cy: [
        EMERGENCY.cy,
        "Os oes angen help arnoch chi'n gyflym ond nid yw'n argyfwng, ffoniwch NHS 24 ar 111 am ddim, ddydd neu nos.",
        "I gael help brys gyda'ch iechyd meddwl, ffoniwch NHS 24 ar 111 a dewis yr opsiwn iechyd meddwl.",
      ],
    },
    summary: '999; NHS 24 on 111 (mental health option)',
    short: {
      en: [SHORT_999.en, 'Urgent but not an emergency: call NHS 24 on 111.'],
      cy: [SHORT_999.cy, 'Brys ond nid argyfwng: ffoniwch NHS 24 ar 111.'],
    },
  },
  // Northern Ireland has no NHS 111: out of hours, each area's GP Out of Hours service has its
  // own number, given on the surgery's phone message (docs/urgent-help.md).
  'northern-ireland': {
    lines: {
      en: [
        EMERGENCY.en,
        'If you need help fast when the surgery is closed, call GP Out of Hours. The surgery phone message gives the number.',
        'If you are in distress or despair, call Lifeline for free on 0808 808 8000, day or night.',
      ],
      cy: [
        EMERGENCY.cy,
        "Os oes angen help arnoch chi'n gyflym pan fydd y feddygfa ar gau, ffoniwch y gwasanaeth meddyg teulu y tu allan i oriau. Mae neges ffôn y feddygfa yn rhoi'r rhif.",
        'Os ydych chi mewn trallod neu anobaith, ffoniwch Lifeline am ddim ar 0808 808 8000, ddydd neu nos.',
      ],
    },
    summary: '999; GP Out of Hours; Lifeline 0808 808 8000',
    short: {
      en: [SHORT_999.en, 'Urgent when the surgery is closed: call GP Out of Hours.'],
      cy: [SHORT_999.cy, 'Brys pan fydd y feddygfa ar gau: ffoniwch y meddyg teulu y tu allan i oriau.'],
    },
  },
};

/** The nation's urgent-help lines; an unknown stored value reads as England rather than nothing. */
export function urgentHelpFor(nation: unknown): UrgentHelp {
  return URGENT_HELP[nation as Nation] ?? URGENT_HELP.england;
}
