import { questionsInWords } from '../option-grids/grid-in-consultation';
import { figuresForRecord } from './plan-figures';
import { understandingNoteSection } from './understanding';
import { briefInterventionNoteLines } from '../brief-interventions/picks';
import { summaryBlockSection } from './summary-block';
import type { Consultation } from '../domain/consultation';
import { formatDate, formatShortDate } from '../i18n/format-date';
import { elementsUsed } from '../domain/element-used';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { finishDocument } from './finish-document';
import { clean, list } from '../domain/read-values';
import { line, score, section } from './lines';
import {
  ATTAINMENT_WORDS,
  NEXT_STEP_WORDS,
  SUPPORT_NEEDED,
  careAimName,
  copiesGivenWords,
  sheetsGivenWords,
  reasonableAdjustments,
} from './note-words';
import type { AgreedPlan, PlanOption } from './agreed-plan';
import { buildAgreedPlan } from './build-agreed-plan';
import type { PlanContext, PlanDocument, PlanLine, PlanSection } from './plan-types';
import { safetyNetNote } from './safety-net';

const outOf10 = (value: unknown, about?: string): string => {
  const s = score(value);
  return s === null ? '' : `${s}/10${clean(about) ? ` (${clean(about)})` : ''}`;
};
// Grid text ends with its own full stop; the note joins pieces with "; ".
const piece = (value: unknown) => clean(value).replace(/\.+$/, '');

const gridName = (plan: AgreedPlan) =>
  plan.grid ? `${plan.grid.title || plan.grid.id} v${plan.grid.version || '0'}` : '';

const labels = (options: readonly PlanOption[]) => options.map((o) => o.label.en).join(' / ');

/** The decision in the note's words: the option chosen by its own name, never "no treatment" for it. */
function decisionWords(plan: AgreedPlan, short: boolean): string {
  const d = plan.decision;
  const informed = d.informedNoTreatment ? ' (informed choice of no treatment)' : '';
  const by = d.decideBy ? formatShortDate(d.decideBy) : '';
  if (d.kind === 'chosen')
    return short ? `chose ${d.chosen.join(' + ')}${informed}` : `${d.chosen.join('; ')}${informed}`;
  if (d.kind === 'no-treatment')
    return short ? 'chose no treatment (informed choice)' : 'Informed choice of no treatment at present';
  if (d.kind === 'not-decided')
    return short
      ? `not decided yet${by ? `, to decide by ${by}` : ''}`
      : `Not decided yet: wants time to think or talk it over${by ? `; to decide by ${by}` : ''}`;
  return short ? 'no decision recorded' : '';
}

/**
 * "SDM: options A / B discussed using {grid vN} ({source}), also on the grid C / D; chose B;
 * review dd/mm/yyyy": the line a GP reads first in the record. Opening a grid discusses
 * nothing by itself: an option counts as discussed when typed, chosen or leaned to, or when the
 * grid's rows that mattered were marked (lib/plan/outcome.ts).
 */
export function summaryLine(c: Consultation, ctx: PlanContext): string {
  return summaryLineOf(buildAgreedPlan(c, ctx));
}

export function summaryLineOf(plan: AgreedPlan): string {
  const options = plan.decision.options;
  const discussed = options.filter((o) => o.discussed);
  const onlyShown = options.filter((o) => !o.discussed);
  const source = plan.grid?.organisation ?? '';
  const using = gridName(plan) ? ` using ${gridName(plan)}${source ? ` (${source})` : ''}` : '';
  const what = discussed.length
    ? `options ${labels(discussed)} discussed${using}`
    : plan.grid
      ? `grid ${gridName(plan)} opened, no option marked as discussed`
      : 'no options recorded';
  const shown = onlyShown.length ? `also on the grid: ${labels(onlyShown)}` : '';
  const review = formatShortDate(plan.reviewDate);
  return [`SDM: ${what}`, shown, decisionWords(plan, true), review ? `review ${review}` : '']
    .filter(Boolean)
    .join('; ');
}

function header(plan: AgreedPlan): PlanLine[] {
  const { source: c, context: ctx } = plan;
  const s = ctx.settings;
  const by = [clean(s.clinicianName), clean(s.clinicianRole), clean(s.practiceName)]
    .filter(Boolean)
    .join(', ');
  const used = elementsUsed(c).map((id) => ELEMENT_NAMES[id]);
  return [
    { text: summaryLineOf(plan) },
    ...line(formatDate(ctx.date, 'en'), 'Date'),
    ...line(c.patientRef, 'Patient ref'),
    ...line(by, 'Clinician'),
    ...line(
      [clean(c.preparation.appointmentType), ...list(c.preparation.present)].filter(Boolean).join(', '),
      'Contact',
    ),
    ...line(reasonableAdjustments(c), 'Reasonable adjustments'),
    ...line(sheetsGivenWords(c.preparationSheetsGiven), 'Preparation sheet given'),
    ...line(used.join(', '), 'Elements used'),
  ];
}

function options(plan: AgreedPlan): PlanLine[] {
  const { source: c, context } = plan;
  const o = c.options;
  const rowsRead = list(o.questionsThatMattered).length > 0;
  const onlyShown = plan.decision.options.filter((opt) => !opt.discussed);
  return [
    ...line(o.problem, 'Problem'),
    ...line(list(o.careAims).map(careAimName).join(', '), 'Care aim'),
    // "Benefits and harms discussed" only when rows were read together; otherwise only opened.
    ...(plan.grid
      ? [
          {
            text: `${rowsRead ? 'Benefits and harms discussed using' : 'Option grid opened:'} ${gridName(plan)} (${plan.grid.id})`,
          },
        ]
      : []),
    // A sample or overdue grid says so in the record too, as on every copy the patient takes.
    ...line(plan.gridNotice.en?.label, 'Grid status'),
    ...plan.decision.options
      .filter((opt) => opt.discussed)
      .flatMap((opt) =>
        line(
          [
            piece(opt.label.en),
            piece(opt.pros) && `+ ${piece(opt.pros)}`,
            piece(opt.cons) && `− ${piece(opt.cons)}`,
          ]
            .filter(Boolean)
            .join('; '),
          opt.isDoNothing ? 'Option (do nothing)' : 'Option',
        ),
      ),
    ...line(labels(onlyShown), 'Also on the grid, not marked as discussed'),
    ...line(
      questionsInWords(context.grid, list(o.questionsThatMattered)).map(clean).filter(Boolean).join('; '),
      'Questions that mattered',
    ),
    ...line(o.whatMattered, 'What mattered'),
  ];
}

function decision(plan: AgreedPlan): PlanLine[] {
  return [
    ...line(decisionWords(plan, false), 'Decision'),
    ...line(plan.decision.rationale, 'Rationale (patient)'),
    ...line(figuresForRecord(plan.figures.en), 'Figures in the patient’s plan'),
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
    ...line(ATTAINMENT_WORDS[r.attainment] ?? '', 'Goal attainment'),
    ...line(outOf10(r.patientMeasureNow), 'Patient measure now'),
    ...line(r.clinicalValueNow, 'Clinical value now'),
    ...line(outOf10(r.confidenceNow), 'Confidence now'),
    ...line(r.helped, 'Helped'),
    ...line(r.gotInTheWay, 'Got in the way'),
    ...line(NEXT_STEP_WORDS[r.nextStep] ?? '', 'Next step'),
  ];
}

/** The note's title states the plan's status: DRAFT until agreed; agreed with nothing decided says so. */
export function noteTitle(plan: AgreedPlan): string {
  if (plan.status === 'draft') return 'DRAFT: shared decision making (plan not agreed yet)';
  if (plan.status === 'not-decided') return 'Shared decision making: not decided yet';
  return 'Agreed plan (shared decision making)';
}

/**
 * The clinician-note version for the record: the one-line summary first, then
 * compact labelled lines under short headings, so it reads as a structured block in any EHR.
 */
export function buildClinicianNote(c: Consultation, ctx: PlanContext): PlanDocument {
  return clinicianNoteFrom(buildAgreedPlan(c, ctx));
}

/** The clinician note as a projection of the agreed-plan document. */
export function clinicianNoteFrom(plan: AgreedPlan): PlanDocument {
  const c = plan.source;
  const a = c.agenda;
  const who = (owner: 'patient' | 'clinician') =>
    list(a.items)
      .filter((i) => i.owner === owner)
      .map((i) => clean(i.text))
      .filter(Boolean)
      .join('; ');
  const followUp = formatShortDate(plan.reviewDate);
  // "Given" only once a copy reached the patient; before that the note says what the plan holds.
  const safetyNetLabel = plan.handedOver.given ? 'Safety-netting advice given' : 'Safety-netting in the plan';
  // A blank draft's note stays its header; anything planned carries what the plan says about help.
  const safetyNetSaid =
    plan.status !== 'draft' ||
    plan.handedOver.given ||
    plan.goal !== '' ||
    plan.firstStep !== '' ||
    plan.decision.options.length > 0 ||
    plan.safetyNet.en.own.length + plan.safetyNet.en.grid.length > 0;
  const sections: (PlanSection | null)[] = [
    section('summary', 'Shared decision making', header(plan)),
    section('agenda', 'What matters and agenda', [
      ...line(who('patient'), 'Patient agenda'),
      ...line(who('clinician'), 'Clinician agenda'),
      ...line(a.whatMatters, 'What matters'),
      ...line(a.alreadyDoing, 'Already doing'),
      ...line(outOf10(a.importance, a.importanceAbout), 'Importance'),
      ...line(outOf10(a.confidence, a.confidenceAbout), 'Confidence'),
      ...line(a.activation ? (SUPPORT_NEEDED[a.activation] ?? '') : '', 'Support needed to self-manage'),
    ]),
    section('information', 'Information', [
      ...list(c.information.needed).flatMap((n) =>
        line(
          [clean(n.what), clean(n.who), formatShortDate(clean(n.byWhen))].filter(Boolean).join(' — '),
          'Needed',
        ),
      ),
      ...line(c.information.dailyImpact, 'Daily impact'),
    ]),
    section('options', 'Options discussed', options(plan)),
    section('decision', 'Shared decision', decision(plan)),
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
      ...line(formatDate(plan.reviewDate, 'en'), 'Review'),
      ...line(followUp, 'EHR recall to set'),
      ...line(c.implementation.referrals, 'Referrals'),
      ...briefInterventionNoteLines(c).flatMap((text) => line(text, 'Brief intervention')),
      ...line(c.implementation.interventions, 'Interventions'),
      ...line(c.implementation.support, 'Support'),
      ...line(c.implementation.wayBackIn, 'Way back in'),
      ...line(c.agreement.contact, 'Contact'),
      ...line(safetyNetSaid ? safetyNetNote(plan) : '', safetyNetLabel),
      ...line(copiesGivenWords(c.copiesGiven), 'Copy of plan given'),
    ]),
    section('review', 'Review of previous plan', review(c)),
    understandingNoteSection(c),
    summaryBlockSection(plan),
  ];
  return finishDocument({
    kind: 'clinician',
    language: 'en',
    title: noteTitle(plan),
    sections: sections.filter((s): s is PlanSection => s !== null),
  });
}
