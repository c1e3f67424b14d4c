import type { Nation } from '../settings/nation';

/**
 * One brief intervention quick pick (docs/brief-interventions.md): the service named in the
 * implementation section and the clinician note, and the line the patient reads in each language.
 */
export interface BriefIntervention {
  /** Stable id ("wales-smoking"); a practice's own topics get one made from their name. */
  id: string;
  /** What it is about, as the clinician sees it on the button ("Smoking"). */
  topic: string;
  /** The service, for the note ("Help Me Quit, 0800 085 2219"). */
  service: string;
  /** The patient's line in English. */
  en: string;
  /** The patient's line in Welsh; '' when none was given (the English line stands in, flagged). */
  cy: string;
  /**
   * Shown to the clinician beside the pick: what the practice confirmed and when, or what
   * is left out until it does. Not copied into the record.
   */
  confirmation?: string;
}

/** Where a built-in entry was checked and when (docs/brief-interventions.md lists them). */
export interface ServiceSource {
  url: string;
  /** ISO date the page was read. */
  checked: string;
}

/**
 * A built-in entry. Names and numbers no public source confirmed are printed only once the
 * practice confirms them (lib/brief-interventions/confirmations.ts); until then the patient
 * reads `untilConfirmed`, which leaves them out and says "ask us".
 */
export interface BuiltInBriefIntervention extends BriefIntervention {
  /** null: no public page was found; the entry names only a kind of local service. */
  source: ServiceSource | null;
  untilConfirmed?: { what: string } & Pick<BriefIntervention, 'service' | 'en' | 'cy'>;
}

/** The four cues the framework names for element 5 (docs/framework.md §5), in button order. */
export const BRIEF_TOPICS = ['smoking', 'activity', 'weight', 'alcohol'] as const;

const TOPIC_NAMES: Record<(typeof BRIEF_TOPICS)[number], string> = {
  smoking: 'Smoking',
  activity: 'Moving more',
  weight: 'Weight',
  alcohol: 'Alcohol',
};

type Entry = Omit<BuiltInBriefIntervention, 'id' | 'topic' | 'confirmation'>;
// Ids carry the nation ("wales-smoking"): a pick made under one nation's list is never shown
// as the other nation's entry after the setting changes.
const entries = (
  nation: Nation,
  list: Record<(typeof BRIEF_TOPICS)[number], Entry>,
): BuiltInBriefIntervention[] =>
  BRIEF_TOPICS.map((topic) => ({ id: `${nation}-${topic}`, topic: TOPIC_NAMES[topic], ...list[topic] }));

/**
 * The built-in list for each nation. Services, numbers and addresses are checked against the
 * source each carries, listed in docs/brief-interventions.md; change them only with that page.
 * Welsh lines await a first-language clinical reviewer (lib/i18n/welsh-review.ts).
 */
export const BUILT_IN_BRIEF_INTERVENTIONS: Record<Nation, readonly BuiltInBriefIntervention[]> = {
  england: entries('england', {
    smoking: {
      service: 'Local NHS Stop Smoking Service; NHS Quit Smoking app',
      en: 'Your local NHS Stop Smoking Service gives free help to stop smoking. The free NHS Quit Smoking app can help too.',
      cy: "Mae Gwasanaeth Stopio Ysmygu lleol y GIG yn rhoi help am ddim i roi'r gorau i ysmygu. Gall ap am ddim y GIG, NHS Quit Smoking, helpu hefyd.",
      source: {
        url: 'https://chft-news.cht.nhs.uk/issue/chft-news-issue-140-29-september-2025/article/stoptober-s-theme-this-year-is-let-s-quit-smoking-together-here-are-ways-to-help-you-quit-fbd36cd3d2f6',
        checked: '2026-12-07',
      },
    },
    activity: {
      service: 'GP exercise referral scheme (local); NHS Active 10 / Couch to 5K apps',
      en: 'A local exercise scheme can help you get moving, with support. The free NHS Active 10 and Couch to 5K apps can help you start.',
      cy: 'Gall cynllun ymarfer corff lleol eich helpu i symud mwy, gyda chymorth. Gall apiau am ddim y GIG, Active 10 a Couch to 5K, eich helpu i ddechrau.',
      source: {
        url: 'https://sportstandpoint.com/2024/05/01/nhs-couch-to-5k-free-fitness-app-surpasses-seven-million-downloads-and-launches-new-feature',
        checked: '2026-12-07',
      },
      untilConfirmed: {
        what: 'the NHS Active 10 app',
        service: 'GP exercise referral scheme (local); NHS Couch to 5K app',
        en: 'A local exercise scheme can help you get moving, with support. The free NHS Couch to 5K app can help you start. Ask us about other free apps.',
        cy: 'Gall cynllun ymarfer corff lleol eich helpu i symud mwy, gyda chymorth. Gall ap am ddim y GIG, Couch to 5K, eich helpu i ddechrau. Gofynnwch i ni am apiau eraill am ddim.',
      },
    },
    weight: {
      service: 'NHS Digital Weight Management Programme, or local weight management service',
      en: 'The NHS Digital Weight Management Programme is a free online plan that lasts 12 weeks. If it does not suit you, ask about your local weight service.',
      cy: "Mae Rhaglen Rheoli Pwysau Digidol y GIG yn gynllun ar-lein am ddim sy'n para 12 wythnos. Os nad yw'n addas i chi, gofynnwch am eich gwasanaeth pwysau lleol.",
      source: {
        url: 'https://www.england.nhs.uk/digital-weight-management/information-for-healthcare-professionals/',
        checked: '2026-12-07',
      },
    },
    alcohol: {
      service: 'Local drug and alcohol service; NHS alcohol advice (nhs.uk)',
      en: 'Your local drug and alcohol service can help you drink less, for free. The NHS website has advice too.',
      cy: 'Gall eich gwasanaeth cyffuriau ac alcohol lleol eich helpu i yfed llai, am ddim. Mae cyngor ar wefan y GIG hefyd.',
      source: null,
    },
  }),
  wales: entries('wales', {
    smoking: {
      service: 'Help Me Quit, 0800 085 2219 (helpmequit.wales)',
      en: 'Help Me Quit gives free NHS help to stop smoking. Call 0800 085 2219 or go to helpmequit.wales.',
      cy: "Mae Helpa Fi i Stopio yn rhoi help am ddim gan y GIG i roi'r gorau i ysmygu. Ffoniwch 0800 085 2219 neu ewch i helpafiistopio.cymru.",
      source: {
        url: 'https://sbuhb.nhs.wales/news/swansea-bay-health-news/stub-it-out-for-good-with-help-me-quit',
        checked: '2026-12-07',
      },
      untilConfirmed: {
        what: 'Help Me Quit’s phone number and Welsh name',
        service: 'Help Me Quit (helpmequit.wales)',
        en: 'Help Me Quit gives free NHS help to stop smoking. Go to helpmequit.wales, or ask us for their phone number.',
        cy: "Mae Help Me Quit yn rhoi help am ddim gan y GIG i roi'r gorau i ysmygu. Ewch i helpmequit.wales, neu gofynnwch i ni am eu rhif ffôn.",
      },
    },
    activity: {
      service: 'National Exercise Referral Scheme (NERS)',
      en: 'The National Exercise Referral Scheme (NERS) lasts 16 weeks. You exercise with support at a local leisure centre, for a small fee.',
      cy: "Mae'r Cynllun Cenedlaethol i Atgyfeirio at Ymarfer Corff (NERS) yn para 16 wythnos. Rydych chi'n gwneud ymarfer corff gyda chymorth mewn canolfan hamdden leol, am dâl bach.",
      source: {
        url: 'https://cavuhb.nhs.wales/our-services/diabetes/keeping-well-type-2-diabetes/keeping-active-with-type-2-diabetes/wales-national-exercise-referral-scheme/national-exercise-referral-scheme/who-runs-the-course',
        checked: '2026-12-07',
      },
    },
    weight: {
      service: 'Health board weight management service (All Wales Weight Management Pathway)',
      en: 'Your health board has a weight service that can help you lose weight in a way that suits you.',
      cy: "Mae gan eich bwrdd iechyd wasanaeth pwysau a all eich helpu i golli pwysau mewn ffordd sy'n addas i chi.",
      source: {
        url: 'https://www.gov.wales/new-all-wales-weight-management-pathway-published-help-tackle-obesity-0',
        checked: '2026-12-07',
      },
    },
    alcohol: {
      service: 'DAN 24/7, 0808 808 2234 (text DAN to 81066); local substance misuse service',
      en: 'DAN 24/7 is a free helpline about drink and drugs, open day and night. Call 0808 808 2234 or text DAN to 81066.',
      cy: 'Mae DAN 24/7 yn llinell gymorth am ddim am alcohol a chyffuriau, ar agor ddydd a nos. Ffoniwch 0808 808 2234 neu tecstiwch DAN i 81066.',
      source: { url: 'https://dan247.org.uk/Drug_Alcohol.asp', checked: '2026-12-07' },
    },
  }),
  scotland: entries('scotland', {
    smoking: {
      service: 'Quit Your Way Scotland, 0800 84 84 84; local pharmacy',
      en: 'Quit Your Way Scotland gives free NHS help to stop smoking. Call 0800 84 84 84 or ask at your local pharmacy.',
      cy: "Mae Quit Your Way Scotland yn rhoi help am ddim gan y GIG i roi'r gorau i ysmygu. Ffoniwch 0800 84 84 84 neu gofynnwch yn eich fferyllfa leol.",
      source: {
        url: 'https://publichealthscotland.scot/news/2024/march/support-available-in-scotland-to-help-more-people-stop-smoking-and-live-healthier-lives/',
        checked: '2026-12-07',
      },
      untilConfirmed: {
        what: 'Quit Your Way Scotland’s phone number',
        service: 'Quit Your Way Scotland; local pharmacy',
        en: 'Quit Your Way Scotland gives free NHS help to stop smoking. Ask at your local pharmacy, or ask us for their phone number.',
        cy: "Mae Quit Your Way Scotland yn rhoi help am ddim gan y GIG i roi'r gorau i ysmygu. Gofynnwch yn eich fferyllfa leol, neu gofynnwch i ni am eu rhif ffôn.",
      },
    },
    activity: {
      service: 'Local exercise referral or physical activity scheme; Couch to 5K app',
      en: 'A local exercise scheme can help you get moving, with support. The free Couch to 5K app can help you start.',
      cy: 'Gall cynllun ymarfer corff lleol eich helpu i symud mwy, gyda chymorth. Gall yr ap am ddim Couch to 5K eich helpu i ddechrau.',
      source: {
        url: 'https://sportstandpoint.com/2024/05/01/nhs-couch-to-5k-free-fitness-app-surpasses-seven-million-downloads-and-launches-new-feature',
        checked: '2026-12-07',
      },
    },
    weight: {
      service: 'NHS board weight management service',
      en: 'Your NHS board has a weight service that can help you lose weight in a way that suits you.',
      cy: "Mae gan eich bwrdd GIG wasanaeth pwysau a all eich helpu i golli pwysau mewn ffordd sy'n addas i chi.",
      source: null,
    },
    alcohol: {
      service: 'Local alcohol and drug service; NHS inform alcohol advice',
      en: 'Your local alcohol and drug service can help you drink less, for free. NHS inform has advice too.',
      cy: 'Gall eich gwasanaeth alcohol a chyffuriau lleol eich helpu i yfed llai, am ddim. Mae cyngor gan NHS inform hefyd.',
      source: {
        url: 'https://www2.gov.scot/Topics/Health/Services/Alcohol/treatment',
        checked: '2026-12-07',
      },
    },
  }),
  'northern-ireland': entries('northern-ireland', {
    smoking: {
      service: 'Stop Smoking NI: free stop smoking service (pharmacy, GP practice, HSC Trust)',
      en: 'Free stop smoking services across Northern Ireland can help you stop. Ask at your pharmacy or GP practice.',
      cy: "Gall gwasanaethau stopio ysmygu am ddim ar draws Gogledd Iwerddon eich helpu i stopio. Gofynnwch yn eich fferyllfa neu'ch meddygfa.",
      source: {
        url: 'https://www.publichealth.hscni.net/news/free-support-offer-help-make-2026-year-you-quit',
        checked: '2026-12-07',
      },
      untilConfirmed: {
        what: 'the name “Stop Smoking NI”',
        service:
          'Free stop smoking services (pharmacy, GP practice, HSC Trust), funded by the Public Health Agency',
        en: 'Free stop smoking services across Northern Ireland can help you stop. Ask at your pharmacy or GP practice.',
        cy: "Gall gwasanaethau stopio ysmygu am ddim ar draws Gogledd Iwerddon eich helpu i stopio. Gofynnwch yn eich fferyllfa neu'ch meddygfa.",
      },
    },
    activity: {
      service: 'Physical Activity Referral Scheme (local council)',
      en: 'A local exercise scheme can help you get moving, with support. Ask us about it.',
      cy: 'Gall cynllun ymarfer corff lleol eich helpu i symud mwy, gyda chymorth. Gofynnwch i ni amdano.',
      source: null,
      untilConfirmed: {
        what: 'the name “Physical Activity Referral Scheme”',
        service: 'Local exercise scheme (ask the council which one)',
        en: 'A local exercise scheme can help you get moving, with support. Ask us about it.',
        cy: 'Gall cynllun ymarfer corff lleol eich helpu i symud mwy, gyda chymorth. Gofynnwch i ni amdano.',
      },
    },
    weight: {
      service: 'HSC Trust weight management service',
      en: 'Your local health trust has a weight service that can help you lose weight in a way that suits you.',
      cy: "Mae gan eich ymddiriedolaeth iechyd leol wasanaeth pwysau a all eich helpu i golli pwysau mewn ffordd sy'n addas i chi.",
      source: null,
    },
    alcohol: {
      service: 'Local drug and alcohol service',
      en: 'Your local drug and alcohol service can help you drink less, for free.',
      cy: 'Gall eich gwasanaeth cyffuriau ac alcohol lleol eich helpu i yfed llai, am ddim.',
      source: null,
    },
  }),
};
