import type { AgreedPlan, PlanStatus } from './agreed-plan';
import { formatIsoDay } from '../i18n/format-date';
import { clean, list } from '../domain/read-values';
import { score } from './lines';
import type { PlanLine, PlanSection } from './plan-types';
import {
  NO_GRID,
  NO_TREATMENT,
  NOT_RECORDED,
  SUMMARY_END,
  SUMMARY_KEYS,
  SUMMARY_STATUS,
  summaryCheckText,
  summaryHeading,
} from '../continuity/summary-format';

const STATUS_WORDS: Record<PlanStatus, string> = {
  draft: SUMMARY_STATUS.draft,
  agreed: SUMMARY_STATUS.agreed,
  'not-decided': SUMMARY_STATUS.notDecided,
};

// One line per value: the reader joins lines anyway, and a key word followed by a colon inside
// the clinician's text would read as the next key (docs/continuity.md, "Writing").
const KEY_INSIDE = new RegExp(`(${Object.values(SUMMARY_KEYS).join('|')})(\\s*(?:\\([^)]*\\))?\\s*):`, 'gi');
const flat = (value: unknown): string =>
  clean(value)
    .replace(/\s+/g, ' ')
    .replace(KEY_INSIDE, '$1$2 -')
    .replace(/cocreate summary/gi, 'Cocreate-summary');
/** Labels sit inside "(…)": no colons, no brackets, and commas only in the label/unit split. */
const qualifier = (value: unknown): string =>
  flat(value).replace(/[():]/g, ' ').replace(/,/g, ';').replace(/\s+/g, ' ').trim();
const orNot = (value: string): string => value || NOT_RECORDED;
const outOf10 = (value: unknown): string => {
  const s = score(value);
  return s === null ? NOT_RECORDED : `${s}/10`;
};
const withQualifier = (key: string, parts: string[]): string => {
  const q = parts.filter(Boolean).join(', ');
  return q ? `${key} (${q})` : key;
};

/** "Clinical baseline (HbA1c, mmol/mol)": the last ", " parts label from unit, so a unit always has one. */
const clinicalKey = (label: string, unit: string): string =>
  unit ? `${SUMMARY_KEYS.clinical} (${label}, ${unit})` : withQualifier(SUMMARY_KEYS.clinical, [label]);

/**
 * The "Cocreate summary" block that ends the clinician note: what a review on
 * another PC needs (goal, first step, baselines, confidence, choice, grid,
 * follow-up), as labelled lines a reader of the record understands and
 * lib/continuity/read-summary-block.ts reads back. Null when nothing was agreed.
 */
export function summaryBlockSection(plan: AgreedPlan): PlanSection | null {
  const c = plan.source;
  const a = c.agreement;
  const b = a.baseline;
  const byId = new Map(list(c.options.options).map((o) => [o.id, flat(o.label)]));
  const chosen =
    plan.decision.kind === 'no-treatment'
      ? NO_TREATMENT
      : list(a.chosenOptionIds)
          .map((id) => byId.get(id) ?? '')
          .filter(Boolean)
          .join('; ');
  const grid = c.options.grid;
  const gridText =
    grid && clean(grid.id)
      ? `${flat(grid.id).replace(/\s/g, '')} v${flat(grid.version).replace(/\s/g, '') || '0'}`
      : '';
  const clinical = flat(b.clinicalValue);
  const values = [flat(a.goal), flat(a.firstAction), chosen, clinical, flat(a.followUpDate)];
  if (values.every((v) => !v) && score(b.patientMeasure) === null && score(a.confidence) === null)
    return null;
  const lines = [
    // Who and where the plan stands come first, so a reader compares them before anything else.
    { label: SUMMARY_KEYS.patientRef, text: orNot(flat(plan.patientRef)) },
    { label: SUMMARY_KEYS.status, text: STATUS_WORDS[plan.status] },
    // The day the plan was written: "Date", not "Agreed", so a draft's block claims no agreement.
    { label: SUMMARY_KEYS.agreed, text: orNot(formatIsoDay(plan.date)) },
    { label: SUMMARY_KEYS.goal, text: orNot(flat(a.goal)) },
    { label: SUMMARY_KEYS.firstAction, text: orNot(flat(a.firstAction)) },
    { label: SUMMARY_KEYS.chosen, text: orNot(chosen) },
    { label: SUMMARY_KEYS.grid, text: gridText || NO_GRID },
    {
      label: withQualifier(SUMMARY_KEYS.patientMeasure, [qualifier(b.patientMeasureLabel)]),
      text: outOf10(b.patientMeasure),
    },
    {
      label: clinicalKey(
        clinical ? qualifier(b.clinicalLabel) : '',
        clinical ? qualifier(b.clinicalUnit) : '',
      ),
      text: orNot(clinical),
    },
    { label: SUMMARY_KEYS.confidence, text: outOf10(a.confidence) },
    { label: SUMMARY_KEYS.followUp, text: orNot(flat(a.followUpDate)) },
  ];
  const all: PlanLine[] = [
    ...lines,
    // A hash over the lines above, so an edited or cut-short block is recognised on reading; with
    // the practice's key, also its signature, so another practice's or a forged block is too.
    { label: SUMMARY_KEYS.check, text: summaryCheckText(lines, plan.context.signingKey) },
    { text: SUMMARY_END },
  ];
  return { id: 'cocreate-summary', heading: summaryHeading(), lines: all };
}
