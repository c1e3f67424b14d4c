import type { EarlierPlanDetails } from '../../lib/continuity/earlier-plan-details';
import { decisionWords } from '../../lib/continuity/earlier-decision';
import type { EarlierPlanReview } from '../../lib/continuity/earlier-plan-details';
import { PLAN_LANGUAGE_WORDS } from '../../lib/export/fhir-format';
import { ATTAINMENT_WORDS, NEXT_STEP_WORDS } from '../../lib/plan/note-words';

const outOf10 = (value: number | null, about: string) =>
  value === null ? '' : `${value} out of 10${about ? ` (${about})` : ''}`;
const WHO = { patient: 'Patient', clinician: 'Clinician', other: 'Other' } as const;

/** That consultation's own review of the plan before it. */
const reviewRows = (r: EarlierPlanReview): [string, string][] => [
  ['Goal before that', ATTAINMENT_WORDS[r.attainment] ?? ''],
  ['Own score at that review', outOf10(r.patientMeasureNow, '')],
  ['Confidence at that review', outOf10(r.confidenceNow, '')],
  ['Clinical value at that review', r.clinicalValueNow],
  ['What helped', r.helped],
  ['What got in the way', r.gotInTheWay],
  ['Next step then', NEXT_STEP_WORDS[r.nextStep] ?? ''],
];

/**
 * The confirm screen's rows for the rest of a plan read from a FHIR file: the decision, each option
 * with its benefits and risks, then every other detail that will be kept; a detail the file did not
 * hold has no row.
 */
export function earlierDetailRows(d: EarlierPlanDetails): [string, string][] {
  const chosen = d.options.filter((o) => o.chosen).map((o) => o.label);
  const rows: [string, string][] = [
    ['Decision', decisionWords(d.decision, chosen, d.decideBy)],
    ...d.options.map((o, i): [string, string] => [
      `Option ${i + 1}`,
      [
        `${o.label}${o.doNothing ? ' (doing nothing)' : ''}${o.chosen ? ' (chosen)' : ''}`,
        o.benefits ? `Benefits: ${o.benefits}` : '',
        o.risks ? `Risks: ${o.risks}` : '',
      ]
        .filter(Boolean)
        .join('. '),
    ]),
    ['Consultation method', d.appointmentType],
    ['People involved', [d.present.join(', '), d.presentNote].filter(Boolean).join('. ')],
    ['Plan language', d.language === 'en' ? '' : PLAN_LANGUAGE_WORDS[d.language]],
    ['Communication needs', d.communicationNeeds],
    ['Large print', d.largePrint ? 'Yes' : ''],
    ...d.agenda.map((i): [string, string] => [
      i.owner === 'clinician' ? 'Clinician’s agenda' : 'Patient’s agenda',
      i.text,
    ]),
    ['Already doing', d.alreadyDoing],
    ...d.informationNeeded.map((n): [string, string] => [
      'Information still needed',
      [n.what, n.who && `who gets it: ${n.who}`, n.byWhen && `by ${n.byWhen}`].filter(Boolean).join(', '),
    ]),
    ['Problem', d.problem],
    ['Care aims', d.careAims.join(', ')],
    ['What matters', d.whatMatters],
    ['Importance', outOf10(d.importance, d.importanceAbout)],
    ['Confidence at the start', outOf10(d.agendaConfidence, d.confidenceAbout)],
    ['What mattered in choosing', d.whatMattered],
    ['Why (patient)', d.rationale],
    ['When', d.firstStepWhen],
    ['How often', d.howOften],
    ...d.safetyNet.map((l): [string, string] => ['When to get help', l]),
    ...d.barriers.map((b): [string, string] => [
      'Barrier',
      b.wayRound ? `${b.barrier}. Way round: ${b.wayRound}` : b.barrier,
    ]),
    ...d.tasks.map((t): [string, string] => [
      'Who does what',
      `${t.who === 'other' ? t.otherName || WHO.other : WHO[t.who]}: ${t.task}`,
    ]),
    ...d.briefInterventions.map((b): [string, string] => [
      'Brief intervention',
      [[b.topic, b.service].filter(Boolean).join(': '), b.en && `For the patient: ${b.en}`]
        .filter(Boolean)
        .join('. '),
    ]),
    ['Referral', d.referrals],
    ['Intervention', d.interventions],
    ['Support', d.support],
    ['Contact', d.contact],
    ['Commitment', d.commitment],
    ['Way back in', d.wayBackIn],
    ...(d.review ? reviewRows(d.review) : []),
  ];
  return rows.filter(([, value]) => value !== '');
}
