import type { EarlierDecision, EarlierPlanDetails } from '../continuity/earlier-plan-details';
import {
  AGENDA_OWNERS,
  APPOINTMENT_TYPES,
  CARE_AIMS,
  chosenValues,
  PRESENT_PEOPLE,
} from '../domain/choice-values';
import type { AppointmentType, CareAim, PresentPerson } from '../domain/consultation';
import type { CarePlanRead, ObservationRead } from './fhir-bundle-schema';
import { READINESS_CODE, WHAT_MATTERS_CATEGORY } from './fhir-codes';
import {
  ACTIVITY,
  AGENDA_NOTE as AGENDA,
  LOCAL_PATIENT_SYSTEM,
  OBSERVATION_TEXT,
  OPTION_PART,
  PLAN_NOTE,
} from './fhir-format';
import { readBriefInterventions } from './read-fhir-brief-interventions';
import { readCommunication } from './read-fhir-communication';
import { Damaged } from './read-fhir-damage';
import { readInformationNeeded } from './read-fhir-information';
import { noteAfter } from './read-fhir-notes';
import { readReview } from './read-fhir-review';

// The writer (fhir-care-plan-notes.ts) writes the method and the people as their values, so the
// reader knows exactly the registry's values and refuses any other word (choice-values.ts).
const METHODS = chosenValues(APPOINTMENT_TYPES);
const OPTION_SEPARATOR = ' / ';
const CHOSEN_SEPARATOR = '; ';
const CARE_AIM_LABEL = 'Care aim: ';
const ABOUT = 'About: ';
const WAY_ROUND = 'Way round: ';

const trim = (s: string | undefined) => (s ?? '').trim();

/** "Blood pressure is high. Care aim: prevention, comfort": the problem and the known aims. */
function problemAndAims(description: string): { problem: string; careAims: CareAim[] } {
  const at = description.lastIndexOf(CARE_AIM_LABEL);
  const aims = at < 0 ? [] : description.slice(at + CARE_AIM_LABEL.length).split(', ');
  const known = aims.length > 0 && aims.every((a) => (CARE_AIMS as readonly string[]).includes(a));
  if (!known) return { problem: description.trim(), careAims: [] };
  const before = description.slice(0, at);
  return {
    problem: (before.endsWith('. ') ? before.slice(0, -2) : before).trim(),
    careAims: aims as CareAim[],
  };
}

function score(o: ObservationRead): number {
  const value = o.valueInteger ?? o.valueQuantity?.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10) throw new Damaged();
  return value;
}

const isCoded = (o: ObservationRead, code: { system: string; code: string }) =>
  (o.code.coding ?? []).some((c) => c.system === code.system && c.code === code.code);

function ruler(about: readonly ObservationRead[], code: { system: string; code: string }) {
  const found = about.filter((o) => isCoded(o, code));
  if (found.length > 1) throw new Damaged();
  const o = found[0];
  return { value: o ? score(o) : null, about: o ? noteAfter(o.note, ABOUT) : '' };
}

function tasks(plan: CarePlanRead): EarlierPlanDetails['tasks'] {
  return (plan.activity ?? [])
    .filter((a) => a.detail?.code?.text === ACTIVITY.task)
    .map((a) => {
      const performer = a.detail?.performer?.[0];
      const task = trim(a.detail?.description);
      if (performer?.identifier?.system === LOCAL_PATIENT_SYSTEM)
        return { who: 'patient' as const, otherName: '', task };
      const name = trim(performer?.display);
      if (name === 'Clinician') return { who: 'clinician' as const, otherName: '', task };
      // The writer names an unnamed other person "Other".
      return { who: 'other' as const, otherName: name === 'Other' ? '' : name, task };
    });
}

type Part = NonNullable<ObservationRead['component']>[number];

/** The one part of an option so named, or undefined; Damaged when named twice. */
function partOf(o: ObservationRead, name: string): Part | undefined {
  const found = (o.component ?? []).filter((p) => p.code.text === name);
  if (found.length > 1) throw new Damaged();
  return found[0];
}

/** A yes-or-no part: false when absent; Damaged when it holds anything but yes or no. */
function flag(part: Part | undefined): boolean {
  if (part === undefined) return false;
  if (typeof part.valueBoolean !== 'boolean') throw new Damaged();
  return part.valueBoolean;
}

/** An option discussed, as its Observation holds it (SDM: benefits and risks communication entries). */
function optionFrom(o: ObservationRead): EarlierPlanDetails['options'][number] {
  const label = trim(o.valueString);
  if (!label) throw new Damaged();
  return {
    label,
    benefits: trim(partOf(o, OPTION_PART.benefit)?.valueString),
    risks: trim(partOf(o, OPTION_PART.risk)?.valueString),
    chosen: partOf(o, OPTION_PART.chosen)?.valueBoolean === true,
    doNothing: flag(partOf(o, OPTION_PART.doNothing)),
  };
}

/**
 * Each option discussed from its Observation, in the order written, then those only on the grid from
 * the plan's note. A bundle without option Observations (an earlier format) gives the discussed ones
 * from the note too, chosen by the decision's words.
 */
function options(
  plan: CarePlanRead,
  observations: readonly ObservationRead[],
  chosen: readonly string[],
): EarlierPlanDetails['options'] {
  const weighed = observations.filter((o) => o.code.text === OBSERVATION_TEXT.option).map(optionFrom);
  const labels = (label: string) => {
    const listed = noteAfter(plan.note, label);
    return listed ? listed.split(OPTION_SEPARATOR).map((l) => l.trim()) : [];
  };
  const noted = (label: string) =>
    labels(label).map((l) => ({
      label: l,
      benefits: '',
      risks: '',
      chosen: chosen.includes(l),
      doNothing: false,
    }));
  const discussed = weighed.length > 0 ? weighed : noted(PLAN_NOTE.optionsDiscussed);
  return [...discussed, ...noted(PLAN_NOTE.alsoOnGrid)];
}

/** The grid's title from the tool named on an option: "Title (option grid id, version …)". */
function gridTitle(observations: readonly ObservationRead[], gridId: string): string {
  const marker = ` (option grid ${gridId}, version `;
  const named = observations.map((o) => o.method?.text ?? '').find((t) => t.includes(marker));
  if (!gridId || named === undefined) return '';
  const title = named.slice(0, named.indexOf(marker)).trim();
  // The writer names a grid without a title by its id.
  return title === gridId ? '' : title;
}

/** The clinician's own "when to get help" lines, one per line as the writer put them. */
function ownLines(plan: CarePlanRead): string[] {
  const found = (plan.note ?? []).filter((n) => n.text.startsWith(PLAN_NOTE.ownSafetyNet));
  if (found.length > 1) throw new Damaged();
  const text = found[0]?.text.slice(PLAN_NOTE.ownSafetyNet.length) ?? '';
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The consultation method as the writer names it, '' when not given; Damaged when unknown. */
function method(plan: CarePlanRead): AppointmentType {
  const written = noteAfter(plan.note, PLAN_NOTE.consultationMethod);
  if (written === '') return '';
  const found = METHODS.find((m) => m === written);
  if (!found) throw new Damaged();
  return found;
}

/** The people involved as the writer lists them; Damaged when one is not Cocreate's own word. */
function people(plan: CarePlanRead): PresentPerson[] {
  const written = noteAfter(plan.note, PLAN_NOTE.peopleInvolved);
  if (written === '') return [];
  return written.split(', ').map((w) => {
    const found = PRESENT_PEOPLE.find((p) => p === w.trim());
    if (!found) throw new Damaged();
    return found;
  });
}

/** The agenda items in the order raised, each with whose it is. */
function agenda(plan: CarePlanRead): EarlierPlanDetails['agenda'] {
  return (plan.note ?? []).flatMap((n) => {
    const owner = AGENDA_OWNERS.find((o) => n.text.startsWith(AGENDA[o]));
    const text = owner ? trim(n.text.slice(AGENDA[owner].length)) : '';
    return owner && text ? [{ owner, text }] : [];
  });
}

const activityText = (plan: CarePlanRead, kind: string) => {
  const found = (plan.activity ?? []).filter((a) => a.detail?.code?.text === kind);
  if (found.length > 1) throw new Damaged();
  return trim(found[0]?.detail?.description);
};

/**
 * The details of a Cocreate CarePlan and the observations it names as supporting information (the
 * agenda's rulers and what matters) and the goal's barriers: every field fhir.ts writes beyond the
 * summary. Damaged when a labelled note or a ruler appears twice.
 */
export function readPlanDetails(
  plan: CarePlanRead,
  decision: { kind: EarlierDecision; described: string; decideBy: string; gridId: string },
  observations: {
    about: readonly ObservationRead[];
    barriers: readonly ObservationRead[];
    all: readonly ObservationRead[];
  },
): EarlierPlanDetails {
  const { about, barriers, all } = observations;
  const whatMatters = about.filter((o) =>
    (o.category ?? []).some((c) => (c.coding ?? []).some((x) => x.code === WHAT_MATTERS_CATEGORY.code)),
  );
  if (whatMatters.length > 1) throw new Damaged();
  const importance = ruler(about, READINESS_CODE.importance);
  const confidence = ruler(about, READINESS_CODE.confidence);
  const first = (plan.activity ?? []).find((a) => a.detail?.code?.text === ACTIVITY.firstAction);
  const chosen = decision.kind === 'chosen' ? decision.described.split(CHOSEN_SEPARATOR) : [];
  return {
    decision: decision.kind,
    decideBy: decision.decideBy,
    ...problemAndAims(trim(plan.description)),
    gridTitle: gridTitle(all, decision.gridId),
    options: options(plan, all, chosen),
    whatMattered: noteAfter(plan.note, PLAN_NOTE.whatMattered),
    rationale: noteAfter(plan.note, PLAN_NOTE.rationale),
    whatMatters: trim(whatMatters[0]?.valueString),
    importance: importance.value,
    importanceAbout: importance.about,
    agendaConfidence: confidence.value,
    confidenceAbout: confidence.about,
    firstStepWhen: trim(first?.detail?.scheduledString),
    howOften: noteAfter(plan.note, PLAN_NOTE.howOften),
    safetyNet: ownLines(plan),
    appointmentType: method(plan),
    present: people(plan),
    presentNote: noteAfter(plan.note, PLAN_NOTE.peopleNote),
    ...readCommunication(plan),
    informationNeeded: readInformationNeeded(plan),
    agenda: agenda(plan),
    alreadyDoing: noteAfter(plan.note, PLAN_NOTE.alreadyDoing),
    barriers: barriers.map((o) => ({ barrier: trim(o.valueString), wayRound: noteAfter(o.note, WAY_ROUND) })),
    tasks: tasks(plan),
    briefInterventions: readBriefInterventions(plan),
    referrals: activityText(plan, ACTIVITY.referral),
    interventions: activityText(plan, ACTIVITY.intervention),
    support: activityText(plan, ACTIVITY.support),
    contact: noteAfter(plan.note, PLAN_NOTE.contact),
    commitment: noteAfter(plan.note, PLAN_NOTE.commitment),
    wayBackIn: noteAfter(plan.note, PLAN_NOTE.wayBackIn),
    review: readReview(all),
  };
}
