import * as v from 'valibot';
import { GRID_LIMITS as L } from './limits';
import { textProblem } from './text-rules';

/**
 * The valibot schema for one grid document (the shape of `OptionGrid` in
 * grid.ts). Field checks live here; checks across fields (answers match the
 * options, source ids exist, dates in order) are in grid-consistency.ts.
 * Objects are strict: an unknown field is usually a typo ("optons") that would
 * otherwise silently drop content.
 */

function text(max: number, { optional = false } = {}) {
  return v.pipe(
    v.string(),
    v.check((s) => optional || s.trim().length > 0, 'must not be empty'),
    v.check(
      (s) => s.length <= max,
      (issue) => `must be at most ${max} characters (it has ${String(issue.input).length})`,
    ),
    v.check(
      (s) => s.length > max || textProblem(s) === '',
      (issue) => textProblem(String(issue.input)),
    ),
  );
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const slug = v.pipe(
  v.string(),
  v.check((s) => s.length > 0 && s.length <= L.id, `must be 1 to ${L.id} characters`),
  v.regex(SLUG, 'must use only lower-case letters, digits and hyphens (for example "knee-pain")'),
);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar date written YYYY-MM-DD (so 2026-02-30 is refused). */
export function isIsoDate(s: string): boolean {
  const match = DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}
const isoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, 'must be a real date written YYYY-MM-DD, between 2000 and 2100'),
);

/** Only public https links: never javascript:, data:, file: or plain http. */
export function isHttpsUrl(s: string): boolean {
  if (s.length > L.url || /\s/.test(s)) return false;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}
const httpsUrl = v.pipe(
  v.string(),
  v.check(isHttpsUrl, `must be a public web address starting with https:// (at most ${L.url} characters)`),
);

const VERSION = /^\d{1,6}(\.\d{1,6}){0,3}$/;
const version = v.pipe(
  v.string(),
  v.regex(VERSION, 'must be numbers separated by dots, for example "1.0" or "2.1"'),
);

export const OptionSchema = v.strictObject({
  id: slug,
  label: text(L.optionLabel),
  isDoNothing: v.boolean(),
  mainBenefit: text(L.optionLine),
  mainDownside: text(L.optionLine),
});

export const FigureSchema = v.strictObject({
  inHundred: v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n >= 0 && n <= 100, 'must be a whole number from 0 to 100'),
  ),
  outcome: text(L.figureText),
  otherOutcome: v.optional(text(L.figureText)),
  over: text(L.figureText),
  iconArray: v.optional(v.boolean()),
});

const answers = v.record(v.string(), text(L.answer));

export const QuestionSchema = v.strictObject({
  id: slug,
  question: text(L.question),
  answers,
  sourceIds: v.pipe(v.array(slug), v.maxLength(L.sourcesMax, `must list at most ${L.sourcesMax} sources`)),
  figures: v.optional(v.record(v.string(), FigureSchema)),
  byNation: v.optional(
    v.strictObject({
      england: v.optional(answers),
      wales: v.optional(answers),
      scotland: v.optional(answers),
      'northern-ireland': v.optional(answers),
    }),
  ),
});

export const SourceSchema = v.strictObject({
  id: slug,
  citation: text(L.citation),
  url: httpsUrl,
  checked: v.optional(isoDate),
});

const lines = (min: number, what: string) => list(text(L.line), min, L.linesMax, what);

/** One "when to get help" line that differs by nation or belongs to some options (grid.ts). */
export const SafetyNetLineSchema = v.strictObject({
  text: text(L.line),
  byNation: v.optional(
    v.strictObject({
      england: v.optional(text(L.line)),
      wales: v.optional(text(L.line)),
      scotland: v.optional(text(L.line)),
      'northern-ireland': v.optional(text(L.line)),
    }),
  ),
  forOptions: v.optional(
    v.pipe(
      v.array(slug),
      v.check(
        (ids) => ids.length > 0,
        'must name at least one option id (leave "forOptions" out for a line for everyone)',
      ),
    ),
  ),
});

/** A plain line (for everyone, in every nation) or a line with variants or options. */
const safetyNetEntry = v.union([text(L.line), SafetyNetLineSchema]);

export const ScopeSchema = v.strictObject({
  notForYouIf: lines(0, 'lines'),
  doNotUseIf: lines(0, 'lines'),
});

export const SignOffSchema = v.strictObject({
  reviewerName: text(L.person),
  reviewerRole: text(L.person),
  registrationBody: v.optional(text(L.person)),
  registrationNumber: v.optional(text(L.person)),
  date: isoDate,
  nextReviewDate: isoDate,
});

function list<T extends v.GenericSchema>(item: T, min: number, max: number, what: string) {
  return v.pipe(
    v.array(item),
    v.check(
      (items) => items.length >= min && items.length <= max,
      (issue) =>
        `must have ${min === max ? min : `${min} to ${max}`} ${what} (it has ${(issue.input as unknown[]).length})`,
    ),
  );
}

export const GridSchema = v.strictObject({
  id: slug,
  version,
  language: v.picklist(['en', 'cy'], 'must be "en" (English) or "cy" (Welsh)'),
  translationOf: v.optional(slug),
  title: text(L.title),
  decision: text(L.decision),
  keywords: list(text(L.keyword), 0, L.keywords, 'keywords'),
  options: list(OptionSchema, L.optionsMin, L.optionsMax, 'options'),
  questions: list(QuestionSchema, L.questionsMin, L.questionsMax, 'questions'),
  sources: list(SourceSchema, L.sourcesMin, L.sourcesMax, 'sources'),
  author: text(L.person),
  organisation: text(L.person),
  lastReviewed: v.optional(isoDate),
  reviewDue: isoDate,
  scope: v.optional(ScopeSchema),
  safetyNet: v.optional(list(safetyNetEntry, 0, L.linesMax, 'lines')),
  signOff: v.optional(SignOffSchema),
  noDoNothingReason: v.optional(text(L.reason)),
  figuresNote: v.optional(text(L.reason)),
  translationSignOffNeeded: v.optional(text(L.reason)),
});

/** A practice's library file: many grids in one JSON document (docs/deploying.md, "Option grid library"). */
export const LIBRARY_FORMAT = 'cocreate-option-grids';
export const LIBRARY_VERSION = 1;

export const LibrarySchema = v.strictObject({
  format: v.literal(LIBRARY_FORMAT, `must be "${LIBRARY_FORMAT}"`),
  version: v.literal(
    LIBRARY_VERSION,
    `must be ${LIBRARY_VERSION} (this Cocreate reads library version ${LIBRARY_VERSION})`,
  ),
  name: v.optional(text(L.libraryName)),
  publisher: v.optional(text(L.libraryName)),
  publishedAt: v.optional(isoDate),
  grids: list(v.unknown(), 1, L.libraryGrids, 'grids'),
});
