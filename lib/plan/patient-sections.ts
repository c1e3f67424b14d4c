import { commitmentPlanSection } from './understanding';
import { briefInterventionPlanLines } from '../brief-interventions/picks';
import type { Consultation } from '../domain/consultation';
import { CARE_AIMS } from '../domain/consultation';
import { describeChangesSince } from './changes-since';
import { formatDate } from '../i18n/format-date';
import { clean, list } from '../domain/read-values';
import { line, score, section } from './lines';
import type { AgreedPlan } from './agreed-plan';
import type { DocumentLanguage, PlanContext, PlanLine, PlanSection } from './plan-types';
import { endSentence, joinSentences } from './safe-text';
import { safetyNetLines } from './safety-net';
import { PATIENT_WORDS_FIELDS } from '../domain/text-fields';

// The patient's own words are quoted and never reworded: which fields hold them is the
// registry's word (lib/domain/text-fields.ts), not this file's.
const said = (path: string): boolean => PATIENT_WORDS_FIELDS.includes(path);
import type { PlanWords } from './words';

export interface SectionInput {
  /** The agreed-plan document: status, decision, safety net and review are read from it. */
  plan: AgreedPlan;
  /** The consultation, with grid options in the plan's language: the narrative fields only. */
  consultation: Consultation;
  context: PlanContext;
  words: PlanWords;
  language: DocumentLanguage;
}

/** Builds one section of the patient version, or null when there is nothing to say. */
export type PatientSectionBuilder = (input: SectionInput) => PlanSection | null;

const sinceLastTime: PatientSectionBuilder = ({ consultation: c, context, words, language }) =>
  section('since-last-time', words.headings.sinceLastTime, [
    ...line(context.previous?.agreement.goal, words.labels.lastGoal, true),
    // A review: what changed since last time, in plain words (changes-since.ts).
    ...(context.previous
      ? describeChangesSince(context.previous, c, language, { quoteGoal: false }).map((text) => ({ text }))
      : []),
    // What helped and what got in the way belong to the patient's plan too (framework.md §7).
    ...line(c.review?.helped, words.labels.helped, said('review.helped')),
    ...line(c.review?.gotInTheWay, words.labels.gotInTheWay, said('review.gotInTheWay')),
  ]);

const whatMatters: PatientSectionBuilder = ({ consultation: c, words }) =>
  section('what-matters', words.headings.whatMatters, [
    ...line(c.agenda.whatMatters, undefined, said('agenda.whatMatters')),
    ...line(c.agenda.alreadyDoing, words.labels.alreadyHelping, said('agenda.alreadyDoing')),
  ]);

// The patient's own agenda items are theirs: quoted, and kept apart from the clinician's.
const talkedAbout: PatientSectionBuilder = ({ consultation: c, words }) => {
  const aims = list(c.options.careAims).filter((aim) => CARE_AIMS.includes(aim));
  const items = list(c.agenda.items);
  return section('talked-about', words.headings.talkedAbout, [
    ...items
      .filter((i) => i.owner === 'patient')
      .flatMap((i) => line(i.text, words.labels.youRaised, said('agenda.items.text'))),
    ...items.filter((i) => i.owner !== 'patient').flatMap((i) => line(i.text, words.labels.clinicianRaised)),
    ...line(c.options.problem, words.labels.problem),
    ...aims.flatMap((aim) => line(words.careAims[aim], words.labels.aim)),
  ]);
};

const beforeWeDecide: PatientSectionBuilder = ({ consultation: c, words, language }) =>
  section(
    'before-we-decide',
    words.headings.beforeWeDecide,
    list(c.information.needed).flatMap((need) => {
      const who = clean(need.who) ? `${words.labels.who}: ${clean(need.who)}` : '';
      // A date typed or stored as 2026-04-15 reads "15 April 2026", as every other date in the plan.
      const byWhen = formatDate(clean(need.byWhen), language);
      const by = byWhen ? `${words.labels.byWhen} ${byWhen}` : '';
      const extra = [who, by].filter(Boolean).join(', ');
      return line(clean(need.what) ? `${clean(need.what)}${extra ? ` (${extra})` : ''}` : '');
    }),
  );

// The options truly discussed, as the note lists them (lib/plan/outcome.ts), then the grid's
// other options by name under their own label, as the note's "Also on the grid": an option only
// opened on screen is not claimed as looked at, and nothing on the grid is hidden from the patient.
const choices: PatientSectionBuilder = ({ consultation: c, plan, words }) => {
  const discussed = new Set(plan.decision.options.filter((o) => o.discussed).map((o) => o.id));
  const named = list(c.options.options).filter((option) => clean(option.label));
  const looked = named.filter((option) => discussed.has(option.id));
  const alsoOnGrid = named.filter((option) => !discussed.has(option.id)).map((o) => clean(o.label));
  if (named.length === 0) return null;
  return section('choices', words.headings.choices, [
    ...looked.flatMap((option) => {
      // Grid text brings its own full stops: joined as sentences, never "stroke.. Downsides".
      const text = joinSentences([
        clean(option.pros) ? `${words.labels.good}: ${clean(option.pros)}` : '',
        clean(option.cons) ? `${words.labels.bad}: ${clean(option.cons)}` : '',
      ]);
      return [{ label: clean(option.label), text: text || '—' }];
    }),
    ...line(alsoOnGrid.join('; '), words.labels.alsoOnGrid),
    // Only when a do-nothing option was discussed (framework.md §4): never a stock sentence.
    ...(plan.decision.options.some((o) => o.discussed && o.isDoNothing)
      ? [{ text: words.doingNothingIsAChoice }]
      : []),
  ]);
};

// The option chosen by its own name, in the plan's language; "no treatment" only when declined.
const decision: PatientSectionBuilder = ({ plan, words, language }) => {
  const d = plan.decision;
  const lines: PlanLine[] =
    d.kind === 'no-treatment'
      ? [{ text: words.noTreatment }]
      : d.kind === 'not-decided'
        ? [{ text: words.notDecided(formatDate(d.decideBy, language)) }]
        : d.kind === 'chosen'
          ? [
              ...d.options
                .filter((o) => o.chosen)
                .flatMap((o) => line(o.label[language], words.labels.chose)),
              // The grid's do-nothing option, chosen after hearing the choices: named, and respected.
              ...(d.informedNoTreatment ? [{ text: words.noTreatment }] : []),
            ]
          : [];
  return section('decision', words.headings.decision, [
    ...lines,
    ...line(d.rationale, words.labels.why, said('agreement.rationale')),
  ]);
};

// The chosen option's figure with its time frame, or the plain word that good figures do not
// exist; the figures come from the grid's figure fields, never from the option summaries.
const figures: PatientSectionBuilder = ({ plan, language }) => {
  const f = plan.figures[language];
  if (!f) return null;
  return section('figures', f.heading, [
    ...f.items.map((item) => ({ label: item.option, text: item.sentences.join(' ') })),
    ...line(f.caveat),
    ...line(f.source, f.sourceLabel).map((l) => ({ ...l, verbatim: true })),
  ]);
};

const goal: PatientSectionBuilder = ({ consultation: c, words }) => {
  const baseline = c.agreement.baseline;
  const measure = score(baseline.patientMeasure);
  const patientNow =
    measure === null ? '' : `${clean(baseline.patientMeasureLabel) || '—'}: ${words.outOfTen(measure)}`;
  const clinical = clean(baseline.clinicalValue)
    ? `${clean(baseline.clinicalLabel) || '—'}: ${[clean(baseline.clinicalValue), clean(baseline.clinicalUnit)].filter(Boolean).join(' ')}`
    : '';
  return section('goal', words.headings.goal, [
    ...line(c.agreement.goal, undefined, said('agreement.goal')),
    ...line(patientNow, words.labels.whereNow),
    ...line(clinical, words.labels.whereNow).map((l) => ({ ...l, verbatim: true })),
  ]);
};

const firstStep: PatientSectionBuilder = ({ consultation: c, words }) =>
  section('first-step', words.headings.firstStep, [
    ...line(c.agreement.firstAction, words.labels.what),
    ...line(c.agreement.when, words.labels.when),
    ...line(c.agreement.howOften, words.labels.howOften),
  ]);

const barriers: PatientSectionBuilder = ({ consultation: c, words }) =>
  section(
    'barriers',
    words.headings.barriers,
    list(c.agreement.barriers).flatMap((b) => [
      ...line(b.barrier),
      ...line(b.wayRound, words.labels.wayRound),
    ]),
  );

const confidence: PatientSectionBuilder = ({ consultation: c, words }) => {
  const value = score(c.agreement.confidence);
  if (value === null) return null;
  // framework.md §5: below about 7 is the cue to problem-solve or shrink the step.
  return section('confidence', words.headings.confidence, [
    { text: words.confidence(value) },
    ...(value < 7 ? [{ text: words.lowConfidence }] : []),
  ]);
};

const whoDoesWhat: PatientSectionBuilder = ({ consultation: c, words }) =>
  section(
    'who-does-what',
    words.headings.whoDoesWhat,
    list(c.agreement.responsibilities).flatMap((r) => {
      const who =
        r.who === 'patient'
          ? words.labels.you
          : r.who === 'clinician'
            ? words.labels.clinician
            : clean(r.otherName) || words.labels.others;
      return line(r.task, who);
    }),
  );

const next: PatientSectionBuilder = ({ consultation: c, plan, words, language }) => {
  const followUp = formatDate(plan.reviewDate, language);
  return section('next', words.headings.next, [
    ...line(c.implementation.referrals, words.labels.referral),
    ...briefInterventionPlanLines(c, language).map((text) => ({ label: words.labels.changeHelp, text })),
    ...line(c.implementation.interventions, words.labels.booked),
    ...line(c.implementation.support, words.labels.support),
    ...(followUp ? [{ text: words.review(followUp) }] : []),
  ]);
};

// Every plan, whatever else was typed: the nation's urgent-help lines, the grid's, the clinician's.
const getHelp: PatientSectionBuilder = ({ plan, words, language }) =>
  section(
    'get-help',
    words.headings.getHelp,
    safetyNetLines(plan, language).map((text) => ({ text })),
  );

// The practice's own number is printed whatever the clinician typed in "How to get back in touch".
const contact: PatientSectionBuilder = ({ consultation: c, context, words }) => {
  const practice = [clean(context.settings.practiceName), clean(context.settings.practiceContact)]
    .filter(Boolean)
    .join(', ');
  return section('contact', words.headings.contact, [
    ...line(c.agreement.contact, words.labels.contact),
    ...line(c.implementation.wayBackIn, words.labels.wayBackIn),
    ...line(practice, words.labels.practice),
  ]);
};

const writtenBy: PatientSectionBuilder = ({ context, words, language }) => {
  const s = context.settings;
  const who = [clean(s.clinicianName), clean(s.clinicianRole), clean(s.practiceName)]
    .filter(Boolean)
    .join(', ');
  const date = formatDate(context.date, language);
  const text = [date ? words.writtenOn(date) : '', who ? words.writtenBy(who) : ''].filter(Boolean).join(' ');
  // Names and a date, not prose: never reworded, never scored for readability.
  return section(
    'written-by',
    words.headings.writtenBy,
    line(endSentence(text)).map((l) => ({ ...l, verbatim: true })),
  );
};

/** The id of the grid-status section, which the patient view shows above the plan's title. */
export const GRID_STATUS_SECTION = 'grid-status';

// The grid the options came from is a sample or overdue for review: read first, before its options.
const gridStatus: PatientSectionBuilder = ({ plan, language }) => {
  const notice = plan.gridNotice[language];
  return notice
    ? section(GRID_STATUS_SECTION, notice.heading, [{ text: notice.label, verbatim: true }])
    : null;
};

/**
 * The patient version, in order (docs/plan-truth.md). A list so a new
 * section (e.g. a review's "what changed since last time") is one more entry.
 */
export const PATIENT_SECTIONS: readonly PatientSectionBuilder[] = [
  gridStatus,
  sinceLastTime,
  whatMatters,
  talkedAbout,
  beforeWeDecide,
  choices,
  decision,
  figures,
  goal,
  firstStep,
  ({ consultation, language }) => commitmentPlanSection(consultation, language),
  barriers,
  confidence,
  whoDoesWhat,
  next,
  getHelp,
  contact,
  writtenBy,
];
