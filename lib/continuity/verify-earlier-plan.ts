import { cleanImportedText } from './clean-imported-text';
import type { EarlierPlanSummary, ReadEarlierPlan } from './earlier-plan-summary';
import { verifyPlanDetails } from './verify-plan-details';

/** Where a reader's result came from, and the consultation it is offered to. */
export interface ImportContext {
  /** The open consultation's patient reference, as the clinician typed it. */
  patientRef: string;
  /** A file's name, or '' for a pasted note. */
  fileName: string;
  /** Today, for the plausible window of dates. */
  today: Date;
}

/** A read plan that passed every check: what the confirm screen shows is exactly what would be stored. */
export interface CheckedEarlierPlan {
  summary: EarlierPlanSummary;
  /** "pasted note" or the file's name, cleaned like any other text. */
  source: string;
  /** The open consultation's reference. */
  currentRef: string;
  /** False when the source names another patient, or names none. */
  sameRef: boolean;
}

export type VerifiedEarlierPlan = { ok: true; plan: CheckedEarlierPlan } | { ok: false; error: string };

/** Longest texts kept: a goal or step is a sentence or two; labels and values are a few words. */
export const TEXT_LIMITS = { sentence: 500, label: 80, value: 40, ref: 40, source: 120 } as const;
const SENTENCES = ['goal', 'firstAction', 'chosenOption'] as const;
const LABELS = ['patientMeasureLabel', 'clinicalLabel'] as const;
const VALUES = ['clinicalValue', 'clinicalUnit', 'patientRef'] as const;
/** An earlier plan older than this is not a baseline for today's review. */
const YEARS_BACK = 10;
/** A follow-up agreed further ahead than this is a typing error. */
const YEARS_AHEAD = 5;
const NAMES: Record<(typeof SENTENCES)[number] | (typeof LABELS)[number] | (typeof VALUES)[number], string> =
  {
    goal: 'goal',
    firstAction: 'first step',
    chosenOption: 'chosen option',
    patientMeasureLabel: 'own measure’s name',
    clinicalLabel: 'clinical measure’s name',
    clinicalValue: 'clinical value',
    clinicalUnit: 'clinical unit',
    patientRef: 'patient reference',
  };

const NOTHING = 'Nothing was kept.';
const fail = (error: string): VerifiedEarlierPlan => ({ ok: false, error });
const sameRef = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

function shiftYears(day: Date, years: number): string {
  const d = new Date(day.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const isScore = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0 && n <= 10);

/**
 * Every reader's result passes through here before it is shown (style: "readers verify, then show,
 * then store"): each text cleaned of what the screen would not show and bounded in length, scores
 * 0–10, dates within a plausible window of today, and the patient reference compared with the open
 * consultation's. A refusal says why in plain words; nothing is stored either way.
 */
export function verifyEarlierPlan(read: ReadEarlierPlan, context: ImportContext): VerifiedEarlierPlan {
  if (!read.ok) return read;
  const raw = read.summary;
  const summary: EarlierPlanSummary = { ...raw };
  for (const [keys, max] of [
    [SENTENCES, TEXT_LIMITS.sentence],
    [LABELS, TEXT_LIMITS.label],
    [VALUES, TEXT_LIMITS.value],
  ] as const) {
    for (const key of keys) {
      const cleaned = cleanImportedText(String(raw[key] ?? ''));
      if (cleaned === null)
        return fail(`The ${NAMES[key]} holds hidden formatting that cannot be read safely. ${NOTHING}`);
      if (cleaned.length > max)
        return fail(`The ${NAMES[key]} is longer than Cocreate keeps (${max} characters). ${NOTHING}`);
      summary[key] = cleaned;
    }
  }
  if (raw.grid) {
    const id = cleanImportedText(raw.grid.id);
    const version = cleanImportedText(raw.grid.version);
    if (!id || version === null || id.length > TEXT_LIMITS.label || version.length > TEXT_LIMITS.value)
      return fail(`The option grid’s name cannot be read safely. ${NOTHING}`);
    summary.grid = { id, version };
  }
  if (raw.details) {
    const details = verifyPlanDetails(raw.details);
    if (!details.ok) return fail(`${details.error} ${NOTHING}`);
    summary.details = details.details;
  }
  if (!isScore(raw.patientMeasure) || !isScore(raw.confidence))
    return fail(`A score is outside 0 to 10. ${NOTHING}`);
  const today = context.today.toISOString().slice(0, 10);
  const earliest = shiftYears(context.today, -YEARS_BACK);
  if (raw.agreedOn && (!isDay(raw.agreedOn) || raw.agreedOn < earliest || raw.agreedOn > today))
    return fail(
      `The plan’s date (${raw.agreedOn}) is not between ${earliest} and today, so it is not a baseline for this review. ${NOTHING}`,
    );
  const latest = shiftYears(context.today, YEARS_AHEAD);
  const followFrom = raw.agreedOn || earliest;
  if (
    raw.followUpDate &&
    (!isDay(raw.followUpDate) || raw.followUpDate < followFrom || raw.followUpDate > latest)
  )
    return fail(
      `The follow-up date (${raw.followUpDate}) is not between the plan’s date and ${latest}. ${NOTHING}`,
    );
  const source = context.fileName ? cleanImportedText(context.fileName) : 'pasted note';
  if (!source) return fail(`The file’s name cannot be read safely. ${NOTHING}`);
  const currentRef = cleanImportedText(context.patientRef) ?? '';
  return {
    ok: true,
    plan: {
      summary,
      source: source.slice(0, TEXT_LIMITS.source),
      currentRef,
      sameRef: summary.patientRef !== '' && sameRef(summary.patientRef, currentRef),
    },
  };
}
