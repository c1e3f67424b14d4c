import * as v from 'valibot';
import { AGENDA_OWNERS, PATIENT_LANGUAGES, PLAN_LANGUAGES } from '../domain/choice-values';
import { ELEMENT_REGISTRY, RECORD_FIELDS } from '../domain/element-registry';
import { PLAN_FORMATS } from '../plan/stored-plan';

/**
 * The shape every row of a backup must have before a restore may touch the
 * database. Objects are "loose": a backup from a newer Cocreate that added
 * fields still restores, and the extra fields are kept, not stripped (a purge
 * still reaches their text, lib/retention/purge-text.ts). Every string has a
 * size limit (TEXT_LIMITS); strings in fields not named here are held to the
 * free-text limit by read-backup.ts. A choice field checked here allows exactly the values the
 * element registry gives it (lib/domain/element-registry.ts), no more.
 */
export const TEXT_LIMITS = {
  /** Ids, enum values and dates. */
  key: 200,
  /** The local patient reference: initials and year of birth, not a document. */
  patientRef: 200,
  /** Any typed text: far more than a consultation field ever holds. */
  freeText: 100_000,
} as const;

const text = v.pipe(v.string(), v.maxLength(TEXT_LIMITS.key));
const textOrEmpty = v.pipe(v.string(), v.maxLength(TEXT_LIMITS.freeText));
const numberOrNull = v.nullable(v.number());
const collaborateScore = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9));
const list = <T extends v.GenericSchema>(item: T) => v.array(item);
const withId = (entries: v.ObjectEntries) => v.looseObject({ id: text, ...entries });

const consultation = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  patientRef: v.pipe(v.string(), v.maxLength(TEXT_LIMITS.patientRef)),
  createdAt: text,
  updatedAt: text,
  clockStartedAt: v.number(),
  path: v.picklist(RECORD_FIELDS.path.values),
  currentElement: v.picklist(RECORD_FIELDS.currentElement.values),
  status: v.picklist(RECORD_FIELDS.status.values),
  purgedAt: v.nullable(text),
  preparation: v.looseObject({
    plannedMinutes: v.number(),
    language: v.picklist(ELEMENT_REGISTRY.preparation.kinds.language.values),
    largePrint: v.boolean(),
    present: list(text),
    gridsSentInAdvance: list(text),
  }),
  agenda: v.looseObject({
    items: list(withId({ text: textOrEmpty, owner: v.picklist(AGENDA_OWNERS) })),
    whatMatters: textOrEmpty,
    importance: numberOrNull,
    confidence: numberOrNull,
  }),
  information: v.looseObject({ needed: list(withId({ what: textOrEmpty })), dailyImpact: textOrEmpty }),
  options: v.looseObject({
    careAims: list(v.picklist(ELEMENT_REGISTRY.options.kinds.careAims.values)),
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
  implementation: v.looseObject({
    referrals: textOrEmpty,
    wayBackIn: textOrEmpty,
    // Absent on records saved before brief interventions existed.
    briefInterventions: v.optional(
      list(withId({ topic: textOrEmpty, service: textOrEmpty, en: textOrEmpty, cy: textOrEmpty })),
    ),
  }),
  review: v.looseObject({
    previousConsultationId: v.nullable(text),
    collaborate: v.tuple([numberOrNull, numberOrNull, numberOrNull]),
  }),
  // The patient's private collaboRATE answers (docs/collaborate.md); absent on older backups.
  collaborate: v.optional(
    v.nullable(
      v.looseObject({
        answers: v.tuple([collaborateScore, collaborateScore, collaborateScore]),
        language: v.picklist(PATIENT_LANGUAGES),
        answeredAt: text,
      }),
    ),
  ),
});

const plan = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  consultationId: text,
  givenAt: text,
  format: v.picklist(PLAN_FORMATS),
  language: v.picklist(PLAN_LANGUAGES),
  text: textOrEmpty,
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const retentionRun = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  at: text,
  automatic: v.boolean(),
  consultationsPurged: count,
  plansDeleted: count,
  failures: count,
});

// A stored grid may be a clinician's unfinished draft, so only its identity is
// checked here; the grid itself is re-checked (lib/option-grids) when shown.
const grid = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  // Kept loose here; read-backup.ts relabels a "bundled" row as local: shipped grids come from code.
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

/**
 * Every table a backup may hold (lib/storage/schema.ts); a table not listed here is refused.
 * A Map, so a table named "constructor" or "__proto__" is simply not listed.
 */
export const ROW_SCHEMAS: ReadonlyMap<string, v.GenericSchema> = new Map<string, v.GenericSchema>([
  ['consultations', consultation],
  ['plans', plan],
  ['grids', grid],
  ['settings', setting],
  ['pdsa', pdsa],
  ['retentionRuns', retentionRun],
]);

/** Plain names for messages: [one, many]. */
export const TABLE_LABELS: ReadonlyMap<string, readonly [string, string]> = new Map<
  string,
  readonly [string, string]
>([
  ['consultations', ['consultation', 'consultations']],
  ['plans', ['plan', 'plans']],
  ['grids', ['option grid', 'option grids']],
  ['settings', ['settings entry', 'settings entries']],
  ['pdsa', ['PDSA log entry', 'PDSA log entries']],
  ['retentionRuns', ['retention record', 'retention records']],
]);
