import * as v from 'valibot';
import { ELEMENT_IDS } from '../domain/elements';
import { CLINICIAN_ROLES, TEAM_EXPORT_FORMAT } from './team-export';

/** "2026-W05": the finest date a team export may carry. */
export const ISO_WEEK = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;
/** A chosen label: letters, spaces and . ' ’ - only. No digits, so no patient reference or date fits in it. */
export const LABEL = /^[\p{L}][\p{L} .'’-]{0,39}$/u;
/** The random word of a PC (export-source.ts): lower-case letters only. */
export const SOURCE = /^[a-z]{12}$/;
/** A grid id as the library writes them (kebab-case); digits allowed, never six in a row. */
export const GRID_ID = /^(?!.*\d{6})[a-z0-9][a-z0-9-]{0,79}$/;

/** No more than a clinician could see in a week; bounds every count. */
const MAX_WEEK = 1000;

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WEEK));
const sumOf = v.strictObject({
  sum: v.pipe(v.number(), v.finite(), v.minValue(-10 * MAX_WEEK), v.maxValue(10 * MAX_WEEK)),
  n: count,
});
const week = v.pipe(v.string(), v.regex(ISO_WEEK, 'is not an ISO week such as 2026-W05'));

/** Minutes summed over a week: bounded below 100,000, the size at which a number could be a reference. */
const minutesSum = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99_999));
const countOf = v.strictObject({ n: count, of: count });
const gridId = v.pipe(v.string(), v.regex(GRID_ID, 'is not a grid id'));

const WeekSchemaV1 = v.strictObject({
  week,
  consultations: count,
  quick: count,
  elements: v.strictObject(
    Object.fromEntries(ELEMENT_IDS.map((id) => [id, count])) as Record<
      (typeof ELEMENT_IDS)[number],
      typeof count
    >,
  ),
  plansAgreed: count,
  noTreatment: count,
  reviews: count,
  attainment: v.strictObject({
    achieved: count,
    partly: count,
    notYet: count,
    changed: count,
    unrecorded: count,
  }),
  confidenceAtAgreement: sumOf,
  confidenceAtReview: sumOf,
  measureChange: sumOf,
  collaborate: v.strictObject({ responses: count, topScores: count }),
  grids: v.pipe(v.array(v.strictObject({ id: gridId, count })), v.maxLength(200)),
});

const WeekSchemaV2 = v.strictObject({
  ...WeekSchemaV1.entries,
  plansGiven: countOf,
  teachBack: countOf,
  sure: countOf,
  minutes: v.strictObject({ n: count, used: minutesSum, booked: minutesSum, over: count }),
  grids: v.pipe(
    v.array(
      v.strictObject({
        id: gridId,
        count,
        chosen: v.pipe(v.array(v.strictObject({ id: gridId, count })), v.maxLength(40)),
      }),
    ),
    v.maxLength(200),
  ),
});

const exportOf = <const V extends number, W extends typeof WeekSchemaV1 | typeof WeekSchemaV2>(
  version: V,
  weekSchema: W,
) =>
  v.strictObject({
    format: v.literal(TEAM_EXPORT_FORMAT),
    version: v.literal(version),
    clinician: v.strictObject({
      role: v.picklist(CLINICIAN_ROLES),
      label: v.nullable(v.pipe(v.string(), v.regex(LABEL, "may hold only letters, spaces and . ' -"))),
      source: v.pipe(v.string(), v.regex(SOURCE, 'is not a Cocreate source word')),
    }),
    period: v.strictObject({ from: week, to: week }),
    // 12 years of weeks: far more than a pilot, small enough to read at once.
    weeks: v.pipe(v.array(weekSchema), v.maxLength(626)),
  });

/** A team export, strictly: any key not named here is refused, not dropped. */
export const TeamExportSchema = exportOf(2, WeekSchemaV2);
/** The first format (no plans given, teach-back, SURE, minutes or options chosen): still read. */
export const TeamExportSchemaV1 = exportOf(1, WeekSchemaV1);
