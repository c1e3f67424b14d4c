import type { Consultation } from '../domain/consultation';

export const DAY_MS = 86_400_000;

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
 * (issue 6), so a plan still being reviewed keeps its text.
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
 * Consultations whose free text is due for purging: not yet purged, and at
 * least `retentionDays` days since their last activity. Oldest first.
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
    const dueMs = Date.parse(lastActivity) + keepMs;
    if (Number.isNaN(dueMs) || dueMs > now.getTime()) continue;
    due.push({ id: c.id, createdAt: c.createdAt, lastActivity, dueAt: new Date(dueMs).toISOString() });
  }
  return due.sort((a, b) => a.lastActivity.localeCompare(b.lastActivity));
}
