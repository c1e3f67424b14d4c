import * as v from 'valibot';
import { CARE_AIMS } from '../domain/consultation';
import { ELEMENT_IDS } from '../domain/elements';

/**
 * The shape every row of a backup must have before a restore may touch the
 * database. Objects are "loose": a backup from a newer Cocreate that added
 * fields still restores, and the extra fields are kept, not stripped.
 */
const text = v.string();
const textOrEmpty = v.string();
const numberOrNull = v.nullable(v.number());
const list = <T extends v.GenericSchema>(item: T) => v.array(item);
const withId = (entries: v.ObjectEntries) => v.looseObject({ id: text, ...entries });

const consultation = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  patientRef: textOrEmpty,
  createdAt: text,
  updatedAt: text,
  clockStartedAt: v.number(),
  path: v.picklist(['quick', 'full']),
  currentElement: v.picklist(ELEMENT_IDS),
  status: v.picklist(['open', 'agreed', 'closed']),
  purgedAt: v.nullable(text),
  preparation: v.looseObject({
    plannedMinutes: v.number(),
    language: v.picklist(['en', 'cy', 'both']),
    largePrint: v.boolean(),
    present: list(text),
    gridsSentInAdvance: list(text),
  }),
  agenda: v.looseObject({
    items: list(withId({ text: textOrEmpty, owner: v.picklist(['patient', 'clinician']) })),
    whatMatters: textOrEmpty,
    importance: numberOrNull,
    confidence: numberOrNull,
  }),
  information: v.looseObject({ needed: list(withId({ what: textOrEmpty })), dailyImpact: textOrEmpty }),
  options: v.looseObject({
    careAims: list(v.picklist(CARE_AIMS)),
    options: list(withId({ label: textOrEmpty, isDoNothing: v.boolean() })),
    leaning: list(text),
  }),
  agreement: v.looseObject({
    chosenOptionIds: list(text),
    noTreatment: v.boolean(),
    goal: textOrEmpty,
    firstAction: textOrEmpty,
    barriers: list(withId({ barrier: textOrEmpty, wayRound: textOrEmpty })),
    confidence: numberOrNull,
    baseline: v.looseObject({ patientMeasure: numberOrNull }),
    responsibilities: list(withId({ task: textOrEmpty })),
  }),
  implementation: v.looseObject({ referrals: textOrEmpty, wayBackIn: textOrEmpty }),
  review: v.looseObject({
    previousConsultationId: v.nullable(text),
    collaborate: v.tuple([numberOrNull, numberOrNull, numberOrNull]),
  }),
});

const plan = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  consultationId: text,
  createdAt: text,
  language: v.picklist(['en', 'cy', 'both']),
  patientText: textOrEmpty,
  clinicianText: textOrEmpty,
});

// A stored grid may be a clinician's unfinished draft, so only its identity is
// checked here; the grid itself is re-checked (lib/option-grids) when shown.
const grid = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  source: v.picklist(['bundled', 'practice', 'local']),
  updatedAt: text,
  keywords: list(text),
  grid: v.looseObject({ id: text }),
});

const setting = v.looseObject({ key: v.pipe(text, v.minLength(1)), value: v.unknown() });

const pdsa = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  createdAt: text,
  aim: textOrEmpty,
  change: textOrEmpty,
  prediction: textOrEmpty,
  whatHappened: textOrEmpty,
  learned: textOrEmpty,
  nextCycle: textOrEmpty,
});

/** Every table a backup may hold (lib/storage/schema.ts); a table not listed here is refused. */
export const ROW_SCHEMAS: Record<string, v.GenericSchema> = {
  consultations: consultation,
  plans: plan,
  grids: grid,
  settings: setting,
  pdsa,
};

/** Plain names for messages: [one, many]. */
export const TABLE_LABELS: Record<string, [string, string]> = {
  consultations: ['consultation', 'consultations'],
  plans: ['plan', 'plans'],
  grids: ['option grid', 'option grids'],
  settings: ['settings entry', 'settings entries'],
  pdsa: ['PDSA log entry', 'PDSA log entries'],
};
