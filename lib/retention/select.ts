import type { Consultation } from '../domain/consultation';

export const DAY_MS = 86_400_000;

/**
 * Days after a plan's follow-up date before its text may go, whatever the
 * retention period: reviews slip, and a review needs the plan and its baseline
 * (docs/privacy.md, "Retention").
 */
export const FOLLOW_UP_GRACE_DAYS = 90;

/** The end of the follow-up date's grace period in ms, or -Infinity with no (valid) follow-up date. */
function followUpKeepsUntil(c: Consultation): number {
  const date = (c.agreement as Partial<Consultation['agreement']> | undefined)?.followUpDate;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return -Infinity;
  // A local calendar day: counted to its very end anywhere in the world (UTC+14).
  const endOfDay = Date.parse(`${date}T23:59:59.999Z`) + 14 * 3_600_000;
  return Number.isNaN(endOfDay) ? -Infinity : endOfDay + FOLLOW_UP_GRACE_DAYS * DAY_MS;
}

/** One consultation whose identifiable text is due to go, as the clinician sees it before confirming. */
export interface PurgeCandidate {
  id: string;
  createdAt: string;
  /** The later of its own last update and the last review of its plan. */
  lastActivity: string;
  /** When its text became due for removal. */
  dueAt: string;
}

/**
 * Last activity per consultation: its own updatedAt, or later if a newer
 * consultation reviewed its plan — retention counts from the last review
 * (docs/privacy.md, "For how long"), so a plan still being reviewed keeps its text.
 */
export function lastActivityById(consultations: readonly Consultation[]): Map<string, string> {
  const last = new Map<string, string>();
  for (const c of consultations) {
    if ((last.get(c.id) ?? '') < c.updatedAt) last.set(c.id, c.updatedAt);
    const reviewed = c.review.previousConsultationId;
    if (reviewed && (last.get(reviewed) ?? '') < c.updatedAt) last.set(reviewed, c.updatedAt);
  }
  return last;
}

/**
 * Consultations whose free text is due for purging: not yet purged, at least
 * `retentionDays` days since their last activity, and past their follow-up
 * date plus FOLLOW_UP_GRACE_DAYS. Oldest first.
 * A non-positive or non-finite setting selects nothing (a safe default).
 */
export function selectForPurge(
  consultations: readonly Consultation[],
  retentionDays: number,
  now: Date,
): PurgeCandidate[] {
  if (!Number.isFinite(retentionDays) || retentionDays <= 0) return [];
  const last = lastActivityById(consultations);
  const keepMs = retentionDays * DAY_MS;
  const due: PurgeCandidate[] = [];
  for (const c of consultations) {
    if (c.purgedAt) continue;
    const lastActivity = last.get(c.id) ?? c.updatedAt;
    const dueMs = Math.max(Date.parse(lastActivity) + keepMs, followUpKeepsUntil(c));
    if (Number.isNaN(dueMs) || dueMs > now.getTime()) continue;
    due.push({ id: c.id, createdAt: c.createdAt, lastActivity, dueAt: new Date(dueMs).toISOString() });
  }
  return due.sort((a, b) => a.lastActivity.localeCompare(b.lastActivity));
}
