import * as v from 'valibot';
import { findIdentifiable, type Identifiable } from './find-identifiable';
import {
  TEAM_EXPORT_FORMAT,
  TEAM_EXPORT_VERSION,
  TEAM_EXPORT_VERSIONS_READ,
  type TeamExport,
  type WeekFigures,
} from './team-export';
import { TeamExportSchema, TeamExportSchemaV1 } from './team-export-schema';
import { ELEMENT_IDS } from '../domain/elements';

/** A year of weekly figures is ~100 KB; anything far larger is not a team export. */
export const MAX_EXPORT_BYTES = 2_000_000;

export type ReadResult = { ok: true; value: TeamExport } | { ok: false; reason: string };

const refuse = (reason: string): ReadResult => ({ ok: false, reason });

const IDENTIFIABLE_REASON: Record<Identifiable['kind'], (found: Identifiable) => string> = {
  'patient-reference': (found) =>
    `it carries what could be a patient reference (at “${found.where || 'the top'}”). A team export never names a patient.`,
  day: (found) =>
    `it carries a date finer than a week (“${'value' in found ? found.value : ''}” at “${found.where}”). A team export gives weeks only.`,
  'free-text': (found) => `it carries typed text (at “${found.where}”). A team export holds figures only.`,
};

/**
 * Reads one file's text as a team export: verified whole before anything is shown or kept
 * (shared/style.md rule 12). A refusal says why in plain words; nothing of a refused file
 * is returned.
 */
export function readTeamExport(text: string): ReadResult {
  if (text.length > MAX_EXPORT_BYTES) return refuse('it is far larger than a team export can be.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not a Cocreate team export (it is not a JSON file).');
  }
  if (!data || typeof data !== 'object' || (data as { format?: unknown }).format !== TEAM_EXPORT_FORMAT)
    return refuse('it is not a Cocreate team export. Export it from “My audit” → “Team export”.');
  const version = (data as { version?: unknown }).version;
  if (!(TEAM_EXPORT_VERSIONS_READ as readonly unknown[]).includes(version))
    return refuse(
      `it is a team export in format version ${String(version)}; this report reads versions ${TEAM_EXPORT_VERSIONS_READ.join(' and ')}. Update Cocreate on both PCs.`,
    );
  const identifiable = findIdentifiable(data);
  if (identifiable) return refuse(IDENTIFIABLE_REASON[identifiable.kind](identifiable));
  if (version === 1) {
    const parsed = v.safeParse(TeamExportSchemaV1, data);
    if (!parsed.success) return refuse(describeIssue(parsed.issues[0]));
    return checkFigures(fromVersion1(parsed.output));
  }
  const parsed = v.safeParse(TeamExportSchema, data);
  if (!parsed.success) return refuse(describeIssue(parsed.issues[0]));
  return checkFigures(parsed.output);
}

/**
 * A version 1 file in today's shape: the figures it never carried have nothing counted and
 * nothing to count them of, so the report says "not recorded" instead of a false 0 of n.
 */
function fromVersion1(file: v.InferOutput<typeof TeamExportSchemaV1>): TeamExport {
  return {
    ...file,
    version: TEAM_EXPORT_VERSION,
    weeks: file.weeks.map((week) => ({
      ...week,
      plansGiven: { n: 0, of: 0 },
      teachBack: { n: 0, of: 0 },
      sure: { n: 0, of: 0 },
      minutes: { n: 0, used: 0, booked: 0, over: 0 },
      grids: week.grids.map((grid) => ({ ...grid, chosen: [] })),
    })),
  };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue) ?? 'the top';
  if (issue.expected === 'never')
    return `it has a field a team export does not have (“${path}”). Only the known figures are accepted.`;
  return `it is damaged or edited: “${path}” ${issue.message.replace(/^Invalid \w+: /, 'is wrong: ')}.`;
}

/** Figures that cannot be true together mean the file was edited or damaged. */
function checkFigures(value: TeamExport): ReadResult {
  const { from, to } = value.period;
  if (from > to) return refuse('it is damaged or edited: its period ends before it starts.');
  let previous = '';
  for (const week of value.weeks) {
    if (week.week <= previous)
      return refuse(`it is damaged or edited: week ${week.week} is out of order or given twice.`);
    if (week.week < from || week.week > to)
      return refuse(`it is damaged or edited: week ${week.week} is outside its period ${from} to ${to}.`);
    if (!addsUp(week))
      return refuse(`it is damaged or edited: the figures of week ${week.week} do not add up.`);
    previous = week.week;
  }
  return { ok: true, value };
}

function addsUp(week: WeekFigures): boolean {
  const total = week.consultations;
  const { achieved, partly, notYet, changed, unrecorded } = week.attainment;
  const attainment = achieved + partly + notYet + changed + unrecorded;
  return (
    total > 0 &&
    week.quick <= total &&
    week.plansAgreed <= total &&
    week.noTreatment <= week.plansAgreed &&
    ELEMENT_IDS.every((id) => week.elements[id] <= total) &&
    attainment === week.reviews &&
    week.collaborate.topScores <= week.collaborate.responses &&
    within(week.plansGiven, week.plansAgreed) &&
    within(week.teachBack, week.plansAgreed) &&
    within(week.sure, total) &&
    week.minutes.over <= week.minutes.n &&
    week.minutes.n <= total &&
    week.grids.every(
      (grid) => grid.count <= total && grid.chosen.every((option) => option.count <= grid.count),
    )
  );
}

/** A count no more than its denominator, and the denominator no more than what it is taken from. */
function within({ n, of }: { n: number; of: number }, most: number): boolean {
  return n <= of && of <= most;
}
