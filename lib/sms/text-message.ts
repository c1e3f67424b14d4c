import { formatDate } from '../i18n/format-date';
import type { AgreedPlan } from '../plan/agreed-plan';
import { clean } from '../domain/read-values';
import type { DocumentLanguage } from '../plan/plan-types';
import { countSms, SMS_MAX_SEPTETS, toGsmLetters, toGsmPunctuation } from './gsm';
import { SMS_WORDS } from './sms-words';

// The patient's words keep their letters; only typographic punctuation becomes GSM.
const theirs = (value: unknown) => toGsmPunctuation(clean(value).replace(/\s+/g, ' '));
const ours = (value: unknown) => toGsmLetters(clean(value).replace(/\s+/g, ' '));

/**
 * One language's block. `full` adds the chosen option's figure, the contact, when and how often,
 * and the grid's and the clinician's own "when to get help" lines; the short block keeps the status, the decision, the
 * goal, the first step, the review and urgent help whole and points to the full plan.
 * `withTheirWords` false leaves out goal and first step (the second block of a bilingual text:
 * the patient's words are the same in both).
 */
function block(
  plan: AgreedPlan,
  language: DocumentLanguage,
  full: boolean,
  withTheirWords: boolean,
  withFigures: boolean,
): string[] {
  const w = SMS_WORDS[language];
  const d = plan.decision;
  const net = plan.safetyNet[language];
  const review = formatDate(plan.reviewDate, language);
  const chosen = d.options.filter((o) => o.chosen).map((o) => ours(o.label[language]));
  const when = [plan.when, plan.howOften].map(theirs).filter(Boolean).join(', ');
  const contact = theirs(plan.contact.own) || ours(plan.contact.practiceContact);
  // The chosen option's figure with its time frame (the first framing) and that it is for people
  // like them; the other framing and the citation stay on the printed and downloaded plan.
  const figures = plan.figures[language];
  const chosenFigures = figures?.items.filter((f) => f.chosen) ?? [];
  const figureLines = [
    ...chosenFigures.map((f) => `${ours(f.option)}: ${ours(f.sentences[0])}`),
    chosenFigures.some((f) => f.hasFigure) ? w.figuresCaveat : '',
  ];
  return [
    plan.status === 'draft' ? w.draft : '',
    w.intro(ours(plan.contact.practiceName)),
    // A sample or overdue grid says so here too, in the short message as in the full one.
    ours(plan.gridNotice[language]?.label),
    d.kind === 'not-decided' ? w.notDecided(formatDate(d.decideBy, language)) : '',
    chosen.length ? `${w.chose}: ${chosen.join(' + ')}.` : d.kind === 'no-treatment' ? w.noTreatment : '',
    ...(withFigures ? figureLines : []),
    withTheirWords && plan.goal ? `${w.goal}: ${theirs(plan.goal)}` : '',
    withTheirWords && plan.firstStep ? `${w.firstStep}: ${theirs(plan.firstStep)}` : '',
    full && when ? `${w.when}: ${when}` : '',
    review ? `${w.review}: ${ours(review)}` : '',
    full && contact ? `${w.contact}: ${contact}` : '',
    full && net.grid.length + net.own.length > 0
      ? `${w.getHelp}: ${[...net.grid, ...net.own].map(ours).join(' ')}`
      : '',
    // The nation's 999 line and its urgent route, always (docs/urgent-help.md).
    ...(full ? net.urgent : net.urgentShort).map(ours),
    full ? '' : w.fullPlan,
  ].filter(Boolean);
}

const compose = (plan: AgreedPlan, full: boolean, withFigures = full): string =>
  plan.languages
    .map((language, i) => block(plan, language, full, full || i === 0, withFigures).join('\n'))
    .join('\n\n');

const fits = (text: string) => countSms(text).septets <= SMS_MAX_SEPTETS;

/**
 * "Copy as text message" (telephone and video consultations): the plan in the patient's language
 * (Welsh, English, or both), in GSM 03.38 and within four SMS segments (612 septets) where it can
 * be. Nothing is cut mid-sentence: when the whole will not fit, the message keeps the status,
 * the decision, goal, first step, review and urgent help whole and says where the full plan is,
 * with the chosen option's figure and its caveat when those still fit.
 */
export function buildTextMessage(plan: AgreedPlan): string {
  const whole = compose(plan, true);
  if (fits(whole)) return whole;
  // The chosen option's figure is kept in the short message when it still fits.
  const short = compose(plan, false, true);
  return fits(short) ? short : compose(plan, false);
}
