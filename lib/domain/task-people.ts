import type { Consultation, PresentPerson, Responsibility } from './consultation';
import { clean, list } from './read-values';

/** Someone a task can be given to in one click: who it is, and how the chip reads. */
export interface TaskPerson {
  who: Responsibility['who'];
  /** The name or role the plan shows for `who: 'other'`; '' for the patient and the clinician. */
  otherName: string;
  label: string;
}

/** People present who can take a task; an interpreter is there to help the talk, not to do things. */
const PRESENT_ROLES: Partial<Record<PresentPerson, string>> = {
  carer: 'Carer',
  family: 'Family member',
};

/** Names in a free-text line such as "Jan (daughter), physio": split at commas, semicolons and lines. */
function namesIn(text: unknown): string[] {
  return clean(text)
    .split(/[,;\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The people and services already named in this consultation, as the chips that give a task its
 * "who" in one click: the patient first (the plan is theirs), then the clinician ("me", by the
 * name in Settings), whoever is present, services picked as brief interventions, referrals, and
 * anyone a task was already given to. Each name once, whatever its case.
 */
export function taskPeople(c: Consultation, clinicianName: string): TaskPerson[] {
  const me = clean(clinicianName);
  const people: TaskPerson[] = [
    { who: 'patient', otherName: '', label: 'The patient' },
    { who: 'clinician', otherName: '', label: me ? `Me (${me})` : 'Me (the clinician)' },
  ];
  const others = [
    ...list(c.preparation.present).flatMap((role) => PRESENT_ROLES[role] ?? []),
    ...namesIn(c.preparation.presentNote),
    ...list(c.implementation.briefInterventions).map((pick) => clean(pick?.service)),
    ...namesIn(c.implementation.referrals),
    ...list(c.agreement.responsibilities)
      .filter((task) => task?.who === 'other')
      .map((task) => clean(task.otherName)),
  ];
  const seen = new Set<string>();
  for (const name of others) {
    const key = name.toLocaleLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    people.push({ who: 'other', otherName: name, label: name });
  }
  return people;
}
