import type { BriefInterventionPick, Consultation, Implementation } from '../domain/consultation';
import { clean, list, type DocumentLanguage } from '../domain/read-values';
import type { BriefIntervention } from './built-in';

/** The picks of a record; [] for records saved before brief interventions existed. */
export function picksOf(
  implementation: Partial<Implementation> | undefined,
): readonly BriefInterventionPick[] {
  return list(implementation?.briefInterventions).filter(
    (pick) => typeof pick === 'object' && pick !== null && clean(pick.id) !== '',
  );
}

/** The same entry, word for word: a list edited since the pick shows the old pick apart. */
export function samePick(pick: BriefInterventionPick, entry: BriefIntervention): boolean {
  return (
    pick.id === entry.id && pick.service === entry.service && pick.en === entry.en && pick.cy === entry.cy
  );
}

/** Whether this entry, as it reads now, is picked. */
export function isPicked(
  implementation: Partial<Implementation> | undefined,
  entry: BriefIntervention,
): boolean {
  return picksOf(implementation).some((pick) => samePick(pick, entry));
}

/**
 * Picks the entry, or takes it away when it was picked: the record keeps a copy of the entry as
 * it was, so the plan and note do not change when the practice edits its list later.
 */
export function togglePick(implementation: Implementation, entry: BriefIntervention): Implementation {
  const picks = picksOf(implementation);
  const next = isPicked(implementation, entry)
    ? picks.filter((pick) => !samePick(pick, entry))
    : [...picks, { id: entry.id, topic: entry.topic, service: entry.service, en: entry.en, cy: entry.cy }];
  return { ...implementation, briefInterventions: next };
}

/** "Smoking: Help Me Quit, 0800 085 2219": the clinician note's and the panel's line for a pick. */
export function pickNoteLine(pick: BriefInterventionPick): string {
  const topic = clean(pick.topic);
  const service = clean(pick.service) || clean(pick.en);
  return topic && service ? `${topic}: ${service}` : topic || service;
}

/** The note's lines, one a pick. */
export function briefInterventionNoteLines(c: Consultation): string[] {
  return picksOf(c.implementation).map(pickNoteLine).filter(Boolean);
}

/**
 * The patient's lines in `language`. A pick with no Welsh gives its English line in the Welsh
 * plan, where the untranslated-line check (lib/plan/not-translated.ts) flags it for the clinician.
 */
export function briefInterventionPlanLines(c: Consultation, language: DocumentLanguage): string[] {
  return picksOf(c.implementation)
    .map((pick) => (language === 'cy' ? clean(pick.cy) || clean(pick.en) : clean(pick.en)))
    .filter(Boolean);
}
