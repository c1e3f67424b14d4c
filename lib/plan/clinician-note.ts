import { questionsInWords } from '../option-grids/grid-in-consultation';
import { understandingNoteSection } from './understanding';
import { briefInterventionNoteLines } from '../brief-interventions/picks';
import { summaryBlockSection } from './summary-block';
import type { Consultation } from '../domain/consultation';
import { formatDate, formatShortDate } from '../i18n/format-date';
import { elementsUsed } from '../domain/element-used';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { finishDocument } from './finish-document';
import { clean, line, list, score, section } from './lines';
import {
  ATTAINMENT_WORDS,
  NEXT_STEP_WORDS,
  SUPPORT_NEEDED,
  careAimName,
  copiesGivenWords,
  sheetsGivenWords,
  reasonableAdjustments,
} from './note-words';
import { decisionOutcome } from './outcome';
import type { PlanContext, PlanDocument, PlanLine, PlanSection } from './plan-types';
import { safetyNetNote } from './safety-net';

const outOf10 = (value: unknown, about?: string): string => {
  const s = score(value);
  return s === null ? '' : `${s}/10${clean(about) ? ` (${clean(about)})` : ''}`;
};
// Grid text ends with its own full stop; the note joins pieces with "; ".
const piece = (value: unknown) => clean(value).replace(/\.+$/, '');

const gridName = (c: Consultation) =>
  c.options.grid ? `${clean(c.options.grid.title)} v${clean(c.options.grid.version)}` : '';

/**
 * "SDM: options A / B / no treatment discussed using {grid vN} ({source}); chose B; review dd/mm/yyyy":
 * the line a GP reads first in the record.
 */
export function summaryLine(c: Consultation, ctx: PlanContext): string {
  const labels = list(c.options.options)
    .map((o) => clean(o.label))
    .filter(Boolean);
  const source = ctx.grid && ctx.grid.id === c.options.grid?.id ? clean(ctx.grid.organisation) : '';
  const using = gridName(c) ? ` using ${gridName(c)}${source ? ` (${source})` : ''}` : '';
  const discussed = labels.length
    ? `options ${labels.join(' / ')} discussed${using}`
    : `no options recorded${using}`;
  const outcome = decisionOutcome(c);
  const decided =
    outcome.kind === 'chosen'
      ? `chose ${outcome.chosen.join(' + ')}`
      : outcome.kind === 'no-treatment'
        ? 'chose no treatment (informed choice)'
        : outcome.kind === 'not-decided'
          ? `not decided yet${outcome.decideBy ? `, to decide by ${formatShortDate(outcome.decideBy)}` : ''}`
          : 'no decision recorded';
  const review = formatShortDate(c.agreement.followUpDate);
  return [`SDM: ${discussed}`, decided, review ? `review ${review}` : ''].filter(Boolean).join('; ');
}

function header(c: Consultation, ctx: PlanContext): PlanLine[] {
  const s = ctx.settings;
  const by = [clean(s.clinicianName), clean(s.clinicianRole), clean(s.practiceName)]
    .filter(Boolean)
    .join(', ');
  const used = elementsUsed(c).map((id) => ELEMENT_NAMES[id]);
  return [
    { text: summaryLine(c, ctx) },
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

function options(c: Consultation, gridUsed: PlanContext['grid']): PlanLine[] {
  const o = c.options;
  return [
    ...line(o.problem, 'Problem'),
    ...line(list(o.careAims).map(careAimName).join(', '), 'Care aim'),
    ...(gridName(c)
      ? [{ text: `Benefits and harms discussed using ${gridName(c)} (${clean(o.grid?.id)})` }]
      : []),
    ...list(o.options).flatMap((opt) =>
      line(
        [
          piece(opt.label),
          piece(opt.pros) && `+ ${piece(opt.pros)}`,
          piece(opt.cons) && `− ${piece(opt.cons)}`,
        ]
          .filter(Boolean)
          .join('; '),
        opt.isDoNothing === true ? 'Option (do nothing)' : 'Option',
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
  const outcome = decisionOutcome(c);
  const text =
    outcome.kind === 'chosen'
      ? outcome.chosen.join('; ')
      : outcome.kind === 'no-treatment'
        ? 'Informed choice of no treatment at present'
        : outcome.kind === 'not-decided'
          ? `Not decided yet: wants time to think or talk it over${outcome.decideBy ? `; to decide by ${formatShortDate(outcome.decideBy)}` : ''}`
          : '';
  return [...line(text, 'Decision'), ...line(c.agreement.rationale, 'Rationale (patient)')];
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

/** The note's title follows the plan's status: DRAFT until "Plan agreed" is ticked. */
export function noteTitle(c: Consultation): string {
  if (c.status === 'open') return 'DRAFT: shared decision making (plan not agreed yet)';
  if (decisionOutcome(c).kind === 'not-decided') return 'Shared decision making: not decided yet';
  return 'Agreed plan (shared decision making)';
}

/**
 * The clinician-note version for the record: the one-line summary first, then
 * compact labelled lines under short headings, so it reads as a structured block in any EHR.
 */
export function buildClinicianNote(c: Consultation, ctx: PlanContext): PlanDocument {
  const a = c.agenda;
  const who = (owner: 'patient' | 'clinician') =>
    list(a.items)
      .filter((i) => i.owner === owner)
      .map((i) => clean(i.text))
      .filter(Boolean)
      .join('; ');
  const followUp = formatShortDate(c.agreement.followUpDate);
  // Said only when true: own or grid advice, or urgent-help lines in a plan agreed or handed over.
  const safetyNetGiven =
    clean(c.agreement.safetyNet) !== '' ||
    (ctx.grid?.safetyNet?.length ?? 0) > 0 ||
    c.status !== 'open' ||
    list(c.copiesGiven).length > 0;
  const sections: (PlanSection | null)[] = [
    section('summary', 'Shared decision making', header(c, ctx)),
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
      ...line(followUp, 'EHR recall to set'),
      ...line(c.implementation.referrals, 'Referrals'),
      ...briefInterventionNoteLines(c).flatMap((text) => line(text, 'Brief intervention')),
      ...line(c.implementation.interventions, 'Interventions'),
      ...line(c.implementation.support, 'Support'),
      ...line(c.implementation.wayBackIn, 'Way back in'),
      ...line(c.agreement.contact, 'Contact'),
      ...line(safetyNetGiven ? safetyNetNote(c, ctx) : '', 'Safety-netting advice given'),
      ...line(copiesGivenWords(c.copiesGiven), 'Copy of plan given'),
    ]),
    section('review', 'Review of previous plan', review(c)),
    understandingNoteSection(c),
    summaryBlockSection(c, ctx),
  ];
  return finishDocument({
    kind: 'clinician',
    language: 'en',
    title: noteTitle(c),
    sections: sections.filter((s): s is PlanSection => s !== null),
  });
}
