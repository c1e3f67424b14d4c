import { questionsInWords } from '../option-grids/grid-in-consultation';
import { understandingNoteSection } from '../agreement/understanding';
import { summaryBlockSection } from '../continuity/summary-block';
import type { Consultation } from '../domain/consultation';
import { formatDate } from '../i18n/format-date';
import { elementsUsed } from '../domain/element-used';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { clean, line, list, score, section } from './lines';
import type { PlanContext, PlanDocument, PlanLine, PlanSection } from './plan-types';

const ACTIVATION = [
  '',
  'feels overwhelmed / passive',
  'building knowledge and confidence',
  'taking action',
  'maintaining under stress',
];
const ATTAINMENT: Record<string, string> = {
  achieved: 'achieved',
  partly: 'partly achieved',
  'not-yet': 'not yet achieved',
  changed: 'goal changed',
};

const outOf10 = (value: unknown, about?: string): string => {
  const s = score(value);
  return s === null ? '' : `${s}/10${clean(about) ? ` (${clean(about)})` : ''}`;
};

function header(c: Consultation, ctx: PlanContext): PlanLine[] {
  const s = ctx.settings;
  const by = [clean(s.clinicianName), clean(s.clinicianRole), clean(s.practiceName)]
    .filter(Boolean)
    .join(', ');
  const used = elementsUsed(c).map((id) => ELEMENT_NAMES[id]);
  return [
    ...line(formatDate(ctx.date, 'en'), 'Date'),
    ...line(c.patientRef, 'Patient ref'),
    ...line(by, 'Clinician'),
    ...line(
      [clean(c.preparation.appointmentType), ...list(c.preparation.present)].filter(Boolean).join(', '),
      'Contact',
    ),
    ...line(used.join(', '), 'Elements used'),
  ];
}

function options(c: Consultation, gridUsed: PlanContext['grid']): PlanLine[] {
  const o = c.options;
  const grid = o.grid ? `${clean(o.grid.title)} v${clean(o.grid.version)} (${clean(o.grid.id)})` : '';
  return [
    ...line(o.problem, 'Problem'),
    ...line(list(o.careAims).join(', '), 'Care aim'),
    ...line(grid, 'Option grid'),
    ...list(o.options).flatMap((opt) =>
      line(
        [
          clean(opt.label),
          clean(opt.pros) && `+ ${clean(opt.pros)}`,
          clean(opt.cons) && `− ${clean(opt.cons)}`,
        ]
          .filter(Boolean)
          .join('; '),
        'Option',
      ),
    ),
    ...line(
      questionsInWords(gridUsed, list(o.questionsThatMattered)).map(clean).filter(Boolean).join('; '),
      'Questions that mattered',
    ),
    ...line(o.whatMattered, 'What mattered'),
  ];
}

function decision(c: Consultation): PlanLine[] {
  const byId = new Map(list(c.options.options).map((opt) => [opt.id, clean(opt.label)]));
  const chosen = list(c.agreement.chosenOptionIds)
    .map((id) => byId.get(id) ?? '')
    .filter(Boolean);
  return [
    ...(c.agreement.noTreatment
      ? [{ label: 'Decision', text: 'Informed choice of no treatment at present' }]
      : line(chosen.join('; '), 'Decision')),
    ...line(c.agreement.rationale, 'Rationale (patient)'),
  ];
}

function goal(c: Consultation): PlanLine[] {
  const a = c.agreement;
  const b = a.baseline;
  const patientBaseline =
    score(b.patientMeasure) === null
      ? ''
      : `${clean(b.patientMeasureLabel) || 'patient measure'} ${outOf10(b.patientMeasure)}`;
  const clinical = clean(b.clinicalValue)
    ? `${clean(b.clinicalLabel) || 'clinical'} ${clean(b.clinicalValue)} ${clean(b.clinicalUnit)}`.trim()
    : '';
  return [
    ...line(a.goal, 'Goal'),
    ...line(a.firstAction, 'First action'),
    ...line([clean(a.when), clean(a.howOften)].filter(Boolean).join(', '), 'When / how often'),
    ...list(a.barriers).flatMap((x) =>
      line([clean(x.barrier), clean(x.wayRound)].filter(Boolean).join(' → '), 'Barrier → way round'),
    ),
    ...line([patientBaseline, clinical].filter(Boolean).join('; '), 'Baseline'),
    ...line(
      outOf10(a.confidence) +
        (score(a.confidence) !== null && (score(a.confidence) ?? 10) < 7 ? ' (below 7)' : ''),
      'Confidence',
    ),
  ];
}

function review(c: Consultation): PlanLine[] {
  const r = c.review;
  return [
    ...line(ATTAINMENT[r.attainment] ?? '', 'Goal attainment'),
    ...line(outOf10(r.patientMeasureNow), 'Patient measure now'),
    ...line(r.clinicalValueNow, 'Clinical value now'),
    ...line(outOf10(r.confidenceNow), 'Confidence now'),
    ...line(r.helped, 'Helped'),
    ...line(r.gotInTheWay, 'Got in the way'),
    ...line(r.nextStep, 'Next step'),
  ];
}

/**
 * The clinician-note version for the record (issue 5): compact, labelled lines
 * under short headings, so it reads as a structured block in any EHR.
 */
export function buildClinicianNote(c: Consultation, ctx: PlanContext): PlanDocument {
  const a = c.agenda;
  const who = (owner: 'patient' | 'clinician') =>
    list(a.items)
      .filter((i) => i.owner === owner)
      .map((i) => clean(i.text))
      .filter(Boolean)
      .join('; ');
  const sections: (PlanSection | null)[] = [
    section('summary', 'Shared decision making', header(c, ctx)),
    section('agenda', 'What matters and agenda', [
      ...line(who('patient'), 'Patient agenda'),
      ...line(who('clinician'), 'Clinician agenda'),
      ...line(a.whatMatters, 'What matters'),
      ...line(a.alreadyDoing, 'Already doing'),
      ...line(outOf10(a.importance, a.importanceAbout), 'Importance'),
      ...line(outOf10(a.confidence, a.confidenceAbout), 'Confidence'),
      ...line(
        a.activation ? `level ${a.activation} of 4, ${ACTIVATION[a.activation] ?? ''}` : '',
        'Activation (estimate)',
      ),
    ]),
    section('information', 'Information', [
      ...list(c.information.needed).flatMap((n) =>
        line([clean(n.what), clean(n.who), clean(n.byWhen)].filter(Boolean).join(' — '), 'Needed'),
      ),
      ...line(c.information.dailyImpact, 'Daily impact'),
    ]),
    section('options', 'Options discussed', options(c, ctx.grid)),
    section('decision', 'Shared decision', decision(c)),
    section('goal', 'Goal and actions (SMARTER)', goal(c)),
    section(
      'responsibilities',
      'Actions: who does what',
      list(c.agreement.responsibilities).flatMap((r) =>
        line(
          r.task,
          r.who === 'patient'
            ? 'Patient'
            : r.who === 'clinician'
              ? 'Clinician'
              : clean(r.otherName) || 'Other',
        ),
      ),
    ),
    section('follow-up', 'Plan review and contacts', [
      ...line(formatDate(c.agreement.followUpDate, 'en'), 'Review'),
      ...line(c.implementation.referrals, 'Referrals'),
      ...line(c.implementation.interventions, 'Interventions'),
      ...line(c.implementation.support, 'Support'),
      ...line(c.implementation.wayBackIn, 'Way back in'),
      ...line(c.agreement.contact, 'Contact'),
    ]),
    section('review', 'Review of previous plan', review(c)),
    understandingNoteSection(c),
    summaryBlockSection(c, ctx),
  ];
  return {
    kind: 'clinician',
    language: 'en',
    title: 'Agreed plan (shared decision making)',
    sections: sections.filter((s): s is PlanSection => s !== null),
  };
}
