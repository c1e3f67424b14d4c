import type { EarlierPlanSummary, ReadEarlierPlan } from './earlier-plan-summary';
import { normaliseNoteText } from './normalise-note-text';
import {
  LEGACY_FORMAT_VERSION,
  LEGACY_KEYS,
  LEGACY_KEY_ORDER,
  NO_GRID,
  NO_TREATMENT,
  NOT_RECORDED,
  SUMMARY_FORMAT_VERSION,
  SUMMARY_KEYS,
  SUMMARY_KEY_ORDER,
  SUMMARY_STATUS,
  parseCheckText,
  summaryCheck,
  summarySignature,
  type SummaryKey,
} from './summary-format';

/** Longer than any note an EHR holds; more is a paste of something else (a whole record export). */
export const MAX_PASTE_CHARS = 200_000;

/** More starts than this is not a note but a paste of many (or a crafted one): refused before reading. */
const MAX_BLOCKS = 10;
const START = /cocreate summary\s?\(\s?format\s?([^)\s]{0,12})\s?\)/gi;
const END = /end of cocreate summary/i;
// A hyphen may come back as a typographic one (U+2010–2014, U+2212).
const escape = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\u2010-\u2014\u2212]');
const HOW_TO_COPY = 'Copy the whole note again, from “Cocreate summary” to “End of Cocreate summary”.';

type Fields = Partial<Record<SummaryKey, { qualifier: string; value: string }>>;
type Keys = Record<SummaryKey, string>;
type Step<T> = { ok: true; value: T } | { ok: false; error: string };
const fail = (error: string): { ok: false; error: string } => ({ ok: false, error });

/**
 * The key, an optional "(…)" qualifier, then a colon, in any case. Not as a whole word: an HTML-to-text
 * step may glue paragraphs ("…springFirst step:"); the writer keeps key words out of the values.
 */
// The text is normalised (one space at most between words) and the qualifier bounded, so a match
// costs at most a few hundred characters from any start: no backtracking over the rest of the paste.
const keyPattern = (word: string) => new RegExp(`${escape(word)} ?(?:\\(([^()]{0,300})\\))? ?:`, 'i');

/** Splits the block's body at its keys, which come in a fixed order (docs/continuity.md). */
function splitFields(body: string, order: readonly SummaryKey[], keys: Keys): Step<Fields> {
  const found: { key: SummaryKey; start: number; end: number; qualifier: string }[] = [];
  let from = 0;
  for (const key of order) {
    const match = keyPattern(keys[key]).exec(body.slice(from));
    if (!match) {
      return fail(`The line “${keys[key]}” is missing from the Cocreate summary. ${HOW_TO_COPY}`);
    }
    const start = from + match.index;
    from = start + match[0].length;
    found.push({ key, start, end: from, qualifier: (match[1] ?? '').trim() });
  }
  const fields = {} as Fields;
  found.forEach((entry, i) => {
    const value = body.slice(entry.end, found[i + 1]?.start ?? body.length).trim();
    fields[entry.key] = { qualifier: entry.qualifier, value };
  });
  return { ok: true, value: fields };
}

const text = (value: string): string => (value.toLowerCase() === NOT_RECORDED ? '' : value);

function isoDay(label: string, value: string, free: boolean): Step<string> {
  if (value.toLowerCase() === NOT_RECORDED) return { ok: true, value: '' };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { ok: true, value };
  }
  // A follow-up typed as words ("in 6 weeks") is not a date; it is left out, not guessed.
  if (free) return { ok: true, value: '' };
  return fail(`“${label}” should be a date such as 2026-11-29, but reads “${value}”.`);
}

function outOf10(label: string, value: string): Step<number | null> {
  if (value.toLowerCase() === NOT_RECORDED) return { ok: true, value: null };
  const match = /^(\d{1,2}(?:\.\d+)?)\s*\/\s*10$/.exec(value);
  const n = match ? Number(match[1]) : NaN;
  if (!(n >= 0 && n <= 10)) return fail(`“${label}” should be a score such as 7/10, but reads “${value}”.`);
  return { ok: true, value: n };
}

function gridOf(value: string): Step<EarlierPlanSummary['grid']> {
  if (value.toLowerCase() === NO_GRID) return { ok: true, value: null };
  const match = /^(\S+)\s+v(\S+)$/.exec(value);
  if (!match)
    return fail(`“${SUMMARY_KEYS.grid}” should read like “asthma-inhalers v2”, but reads “${value}”.`);
  return { ok: true, value: { id: match[1]!, version: match[2]! } };
}

/** "(HbA1c, mmol/mol)": the last ", " parts the label from the unit (the writer keeps commas out of both). */
function clinicalQualifier(qualifier: string): { label: string; unit: string } {
  const at = qualifier.lastIndexOf(',');
  return at < 0
    ? { label: qualifier, unit: '' }
    : { label: qualifier.slice(0, at).trim(), unit: qualifier.slice(at + 1).trim() };
}

const field = (f: Fields, key: SummaryKey) => f[key] ?? { qualifier: '', value: NOT_RECORDED };

function statusOf(value: string): Step<'agreed' | 'draft'> {
  const v = value.toLowerCase();
  if (v === SUMMARY_STATUS.agreed || v === SUMMARY_STATUS.notDecided) return { ok: true, value: 'agreed' };
  if (v === SUMMARY_STATUS.draft || v === 'draft') return { ok: true, value: 'draft' };
  return fail(
    `“${SUMMARY_KEYS.status}” should read “agreed” or “${SUMMARY_STATUS.draft}”, but reads “${value}”.`,
  );
}

const checkedLines = (f: Fields) =>
  SUMMARY_KEY_ORDER.filter((key) => key !== 'check').map((key) => {
    const { qualifier, value } = field(f, key);
    return { label: qualifier ? `${SUMMARY_KEYS[key]} (${qualifier})` : SUMMARY_KEYS[key], text: value };
  });

/** Intact when the check line matches the lines as read; a legacy block has none to match. */
function integrityOf(version: string, f: Fields): EarlierPlanSummary['integrity'] {
  if (version === LEGACY_FORMAT_VERSION) return 'unchecked';
  return summaryCheck(checkedLines(f)) === parseCheckText(field(f, 'check').value).check
    ? 'intact'
    : 'edited';
}

/** Asked only where this PC holds the practice's key: a legacy or unsigned block is not signed by it. */
function signatureOf(version: string, f: Fields, signingKey: string): Pick<EarlierPlanSummary, 'signature'> {
  if (!signingKey) return {};
  if (version === LEGACY_FORMAT_VERSION) return { signature: 'not-this-practice' };
  const { signature } = parseCheckText(field(f, 'check').value);
  return { signature: summarySignature(checkedLines(f), signature, signingKey) };
}

function toSummary(version: string, fields: Fields, signingKey: string): ReadEarlierPlan {
  const f = Object.fromEntries(SUMMARY_KEY_ORDER.map((key) => [key, field(fields, key)])) as Required<Fields>;
  const status = version === LEGACY_FORMAT_VERSION ? statusOf('agreed') : statusOf(f.status.value);
  if (!status.ok) return status;
  const agreed = isoDay(SUMMARY_KEYS.agreed, f.agreed.value, false);
  const followUp = isoDay(SUMMARY_KEYS.followUp, f.followUp.value, true);
  const measure = outOf10(SUMMARY_KEYS.patientMeasure, f.patientMeasure.value);
  const confidence = outOf10(SUMMARY_KEYS.confidence, f.confidence.value);
  const grid = gridOf(f.grid.value);
  // In the block's order, so the first problem named is the first one in the note.
  if (!agreed.ok) return agreed;
  if (!grid.ok) return grid;
  if (!measure.ok) return measure;
  if (!confidence.ok) return confidence;
  if (!followUp.ok) return followUp;
  const clinicalValue = text(f.clinical.value);
  const { label: clinicalLabel, unit: clinicalUnit } = clinicalValue
    ? clinicalQualifier(f.clinical.qualifier)
    : { label: '', unit: '' };
  const noTreatment = f.chosen.value.toLowerCase() === NO_TREATMENT;
  const summary: EarlierPlanSummary = {
    source: 'note',
    formatVersion: version,
    patientRef: text(f.patientRef.value),
    status: status.value,
    integrity: integrityOf(version, fields),
    ...signatureOf(version, fields, signingKey),
    agreedOn: agreed.value,
    goal: text(f.goal.value),
    firstAction: text(f.firstAction.value),
    chosenOption: noTreatment ? '' : text(f.chosen.value),
    noTreatment,
    grid: grid.value,
    patientMeasureLabel: measure.value === null ? '' : f.patientMeasure.qualifier,
    patientMeasure: measure.value,
    clinicalLabel,
    clinicalValue,
    clinicalUnit,
    confidence: confidence.value,
    followUpDate: followUp.value,
  };
  const empty =
    !summary.goal &&
    !summary.firstAction &&
    !summary.chosenOption &&
    !summary.noTreatment &&
    !summary.clinicalValue &&
    summary.patientMeasure === null &&
    summary.confidence === null;
  if (empty)
    return fail(
      'The Cocreate summary was found, but every line says “not recorded”: there is nothing to review against.',
    );
  return { ok: true, summary };
}

function readOneBlock(
  text: string,
  start: RegExpMatchArray & { index: number },
  signingKey: string,
): ReadEarlierPlan {
  const version = start[1] ?? '';
  if (version !== SUMMARY_FORMAT_VERSION && version !== LEGACY_FORMAT_VERSION) {
    return fail(
      /^\d+$/.test(version) && Number(version) > Number(SUMMARY_FORMAT_VERSION)
        ? `This summary was written by a newer Cocreate (format ${version}); this one reads format ${SUMMARY_FORMAT_VERSION}. Update Cocreate, then paste it again.`
        : `The Cocreate summary's format “${version}” is not one this version reads (format ${SUMMARY_FORMAT_VERSION}).`,
    );
  }
  const after = text.slice(start.index + start[0].length);
  const end = END.exec(after);
  if (!end)
    return fail(
      `The end of the Cocreate summary is missing: the note may have been cut short. ${HOW_TO_COPY}`,
    );
  const legacy = version === LEGACY_FORMAT_VERSION;
  const fields = splitFields(
    after.slice(0, end.index),
    legacy ? LEGACY_KEY_ORDER : SUMMARY_KEY_ORDER,
    legacy ? LEGACY_KEYS : SUMMARY_KEYS,
  );
  return fields.ok ? toSummary(version, fields.value, signingKey) : fields;
}

/**
 * Reads the "Cocreate summary" block from a pasted clinician note, however the
 * EHR reformatted it (docs/continuity.md, "Reading"). Anything it cannot read
 * gives a plain-words reason and nothing else: no value is guessed. With the practice's signing key
 * (set by policy), the result also says whether the block carries the practice's signature.
 */
export function readSummaryBlock(pasted: unknown, signingKey = ''): ReadEarlierPlan {
  if (typeof pasted !== 'string' || !pasted.trim())
    return fail('Nothing was pasted. Copy the earlier note from the record, then paste it here.');
  if (pasted.length > MAX_PASTE_CHARS) {
    return fail('That is far longer than a note. Copy only the earlier Cocreate note, then paste it here.');
  }
  const text = normaliseNoteText(pasted);
  const starts = [...text.matchAll(START)];
  if (starts.length === 0) {
    return fail(
      END.test(text)
        ? `The start of the Cocreate summary is missing. ${HOW_TO_COPY}`
        : `No Cocreate summary was found in the pasted text. ${HOW_TO_COPY}`,
    );
  }
  if (starts.length > MAX_BLOCKS) {
    return fail(
      `The pasted text holds ${starts.length} Cocreate summaries. Copy only the note you are reviewing.`,
    );
  }
  const results = starts.map((start) => readOneBlock(text, start, signingKey));
  const first = results[0]!;
  if (results.length === 1) return first;
  // The same note shown twice is fine; two different plans are for the clinician to choose between.
  const same = results.every((r) => r.ok && JSON.stringify(r) === JSON.stringify(first));
  return same
    ? first
    : fail(
        `The pasted text holds ${results.length} different Cocreate summaries. Copy only the note you are reviewing.`,
      );
}
