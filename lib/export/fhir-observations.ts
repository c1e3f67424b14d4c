import type { CodeableConcept, Coding, Observation, Reference } from '@medplum/fhirtypes';
import type { Consultation } from '../domain/consultation';
import { clean, list } from '../domain/read-values';
import { score } from '../plan/lines';
import { CATEGORY, GOAL_BARRIER_CODE, READINESS_CODE, WHAT_MATTERS_CATEGORY } from './fhir-codes';
import { OBSERVATION_TEXT } from './fhir-format';
import { measureFields } from './fhir-measures';
import { observationEntry, outOf10, type ObservationEntry } from './fhir-observation-entry';
import { note, patientRef, writtenAt } from './fhir-parts';

/** What the observations of one consultation are, grouped by who refers to them. */
export interface ConsultationObservations {
  /**
   * Importance and confidence rulers at agenda setting, and what matters (the observation the
   * Goal addresses): CarePlan.supportingInfo.
   */
  about: ObservationEntry[];
  /** The agreed confidence and the goal's barriers (focus: the Goal). */
  goal: ObservationEntry[];
  /** Baseline measures (focus: the Goal); the Goal's targets name them. */
  baseline: ObservationEntry[];
}

interface Made {
  c: Consultation;
  goalUrl: string | null;
  at: string | undefined;
}

const concept = (coding: Coding | null, text: string): CodeableConcept =>
  coding ? { coding: [coding], text } : { text };

function observation(
  m: Made,
  key: string,
  fields: Omit<Observation, 'resourceType' | 'id' | 'status' | 'subject'>,
  focusGoal: boolean,
): ObservationEntry {
  const focus: Reference[] | undefined = focusGoal && m.goalUrl ? [{ reference: m.goalUrl }] : undefined;
  return observationEntry(`observation:${key}:${m.c.id}`, {
    ...fields,
    subject: patientRef(m.c),
    focus,
    effectiveDateTime: m.at,
  });
}

/** The readiness rulers and "what matters" from agenda setting (framework.md §2; PCO IG). */
function about(m: Made): ObservationEntry[] {
  const a = m.c.agenda;
  const rulers = [
    ['importance', score(a.importance), clean(a.importanceAbout)],
    ['confidence', score(a.confidence), clean(a.confidenceAbout)],
  ] as const;
  const out = rulers.flatMap(([kind, value, topic]) =>
    value === null
      ? []
      : [
          observation(
            m,
            `agenda-${kind}`,
            {
              category: [{ coding: [CATEGORY.survey] }],
              code: concept(READINESS_CODE[kind], READINESS_CODE[kind].display),
              ...outOf10(value),
              note: note(topic ? `About: ${topic}` : ''),
            },
            false,
          ),
        ],
  );
  if (clean(a.whatMatters)) {
    out.push(
      observation(
        m,
        'what-matters',
        {
          category: [{ coding: [WHAT_MATTERS_CATEGORY] }, { coding: [CATEGORY.survey] }],
          code: concept(null, OBSERVATION_TEXT.whatMatters),
          performer: [patientRef(m.c)],
          valueString: clean(a.whatMatters),
        },
        false,
      ),
    );
  }
  return out;
}

/** Confidence in the agreed first step, and each barrier with its way round (PCO "Goal Barrier"). */
function goal(m: Made): ObservationEntry[] {
  const a = m.c.agreement;
  const confidence = score(a.confidence);
  const barriers = list(a.barriers)
    .filter((b) => clean(b.barrier))
    .map((b, i) =>
      observation(
        m,
        `barrier-${i}`,
        {
          category: [{ coding: [CATEGORY.survey] }],
          code: concept(GOAL_BARRIER_CODE, GOAL_BARRIER_CODE.display),
          valueString: clean(b.barrier),
          note: note(clean(b.wayRound) ? `Way round: ${clean(b.wayRound)}` : ''),
        },
        true,
      ),
    );
  const ruler =
    confidence === null
      ? []
      : [
          observation(
            m,
            'agreed-confidence',
            {
              category: [{ coding: [CATEGORY.survey] }],
              code: concept(READINESS_CODE.confidence, READINESS_CODE.confidence.display),
              ...outOf10(confidence),
              note: note(clean(a.firstAction) ? `About: ${clean(a.firstAction)}` : ''),
            },
            true,
          ),
        ];
  return [...ruler, ...barriers];
}

/** The baseline the review compares against (framework.md §5, "Baseline"). */
function baseline(m: Made): ObservationEntry[] {
  const b = m.c.agreement.baseline;
  const own = score(b.patientMeasure);
  const value = clean(b.clinicalValue);
  const unit = clean(b.clinicalUnit);
  return [
    ...(own === null
      ? []
      : [
          observation(
            m,
            'baseline-patient',
            {
              category: [{ coding: [CATEGORY.survey] }],
              code: concept(null, clean(b.patientMeasureLabel) || OBSERVATION_TEXT.patientMeasure),
              ...outOf10(own),
            },
            true,
          ),
        ]),
    ...(value
      ? [
          observation(
            m,
            'baseline-clinical',
            measureFields(clean(b.clinicalLabel) || OBSERVATION_TEXT.clinicalMeasure, value, unit),
            true,
          ),
        ]
      : []),
  ];
}

/** Every Observation of the export, grouped by the resource that refers to it. */
export function consultationObservations(
  c: Consultation,
  goalUrl: string | null,
  date: Date | string,
): ConsultationObservations {
  const m: Made = { c, goalUrl, at: writtenAt(date) };
  return { about: about(m), goal: goal(m), baseline: baseline(m) };
}
