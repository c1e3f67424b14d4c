import {
  BUILT_IN_BRIEF_INTERVENTIONS,
  type BriefIntervention,
  type BuiltInBriefIntervention,
} from './built-in';

/** A practice's word that a built-in entry's unconfirmed name or number is right. */
export interface ServiceConfirmation {
  /** The practice (or person) that checked it. */
  by: string;
  /** ISO date it was checked. */
  date: string;
}

/** The built-in entries that print a name or number only once a practice confirms it. */
export const NEEDS_CONFIRMING: readonly BuiltInBriefIntervention[] = Object.values(
  BUILT_IN_BRIEF_INTERVENTIONS,
).flatMap((list) => list.filter((entry) => entry.untilConfirmed));

const isIsoDate = (text: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);

/**
 * "id | confirmed by | YYYY-MM-DD", one a line (the setting `confirmedServices`, also settable
 * by policy). A line that names an unknown entry, no one, or no real date confirms nothing and
 * is listed in plain words, so a typo never prints an unchecked number.
 */
export function readConfirmations(text: unknown): {
  confirmed: ReadonlyMap<string, ServiceConfirmation>;
  problems: string[];
} {
  const confirmed = new Map<string, ServiceConfirmation>();
  const problems: string[] = [];
  if (typeof text !== 'string') return { confirmed, problems };
  text.split(/\r?\n/).forEach((raw, at) => {
    if (!raw.trim()) return;
    const [id = '', by = '', date = ''] = raw.split('|').map((part) => part.trim());
    const line = `Line ${at + 1}`;
    if (!NEEDS_CONFIRMING.some((entry) => entry.id === id))
      problems.push(`${line}: “${id}” is not one of the entries that need confirming.`);
    else if (!by) problems.push(`${line}: say who confirmed it (your practice’s name).`);
    else if (!isIsoDate(date)) problems.push(`${line}: give the date it was checked as YYYY-MM-DD.`);
    else confirmed.set(id, { by, date });
  });
  return { confirmed, problems };
}

/**
 * The entry as the patient reads it: its full text once the practice confirmed it, otherwise
 * the "ask us" text that leaves the unconfirmed name or number out. The clinician sees which.
 */
export function asConfirmed(
  entry: BuiltInBriefIntervention,
  confirmed: ReadonlyMap<string, ServiceConfirmation>,
): BriefIntervention {
  const { id, topic, service, en, cy, untilConfirmed } = entry;
  if (!untilConfirmed) return { id, topic, service, en, cy };
  const by = confirmed.get(id);
  if (by) return { id, topic, service, en, cy, confirmation: `Confirmed by ${by.by} on ${by.date}.` };
  return {
    id,
    topic,
    service: untilConfirmed.service,
    en: untilConfirmed.en,
    cy: untilConfirmed.cy,
    confirmation: `Not printed until your practice confirms ${untilConfirmed.what} (Settings).`,
  };
}
