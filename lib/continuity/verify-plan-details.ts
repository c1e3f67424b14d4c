import { PLAN_LANGUAGES } from '../domain/choice-values';
import { cleanImportedText } from './clean-imported-text';
import type { EarlierPlanDetails } from './earlier-plan-details';

/** Longest text kept in any detail: the same bound as the summary's sentences. */
export const DETAIL_TEXT_LIMIT = 500;
/** Most items of any list kept (options, tasks, barriers, brief interventions, information needed). */
export const DETAIL_LIST_LIMIT = 20;

class Refused extends Error {}

function text(value: string, name: string): string {
  const cleaned = cleanImportedText(value);
  if (cleaned === null) throw new Refused(`The ${name} holds hidden formatting that cannot be read safely.`);
  if (cleaned.length > DETAIL_TEXT_LIMIT)
    throw new Refused(`The ${name} is longer than Cocreate keeps (${DETAIL_TEXT_LIMIT} characters).`);
  return cleaned;
}

function items<T>(list: readonly T[], name: string, each: (item: T) => T): T[] {
  if (list.length > DETAIL_LIST_LIMIT) throw new Refused(`There are more ${name} than Cocreate keeps.`);
  return list.map(each);
}

const isScore = (n: number | null) => n === null || (Number.isFinite(n) && n >= 0 && n <= 10);

/**
 * The details of an earlier plan as they will be shown and stored: every text cleaned and bounded
 * like the summary's, every list bounded, scores 0–10, the decide-by day a real day. A plain-words
 * reason instead when any of it cannot be kept as read.
 */
export function verifyPlanDetails(
  d: EarlierPlanDetails,
): { ok: true; details: EarlierPlanDetails } | { ok: false; error: string } {
  try {
    if (!isScore(d.importance) || !isScore(d.agendaConfidence))
      throw new Refused('A score is outside 0 to 10.');
    if (d.decideBy && !/^\d{4}-\d{2}-\d{2}$/.test(d.decideBy))
      throw new Refused('The date to decide by is not a date.');
    if (!PLAN_LANGUAGES.includes(d.language))
      throw new Refused('The plan’s language is not one Cocreate writes.');
    return {
      ok: true,
      details: {
        ...d,
        problem: text(d.problem, 'problem'),
        careAims: [...d.careAims],
        options: items(d.options, 'options', (o) => ({
          label: text(o.label, 'option'),
          benefits: text(o.benefits, 'option’s benefits'),
          risks: text(o.risks, 'option’s risks'),
          chosen: o.chosen,
          doNothing: o.doNothing === true,
        })),
        whatMattered: text(d.whatMattered, 'what mattered in choosing'),
        rationale: text(d.rationale, 'reason for the choice'),
        whatMatters: text(d.whatMatters, 'what matters'),
        importanceAbout: text(d.importanceAbout, 'importance question'),
        confidenceAbout: text(d.confidenceAbout, 'confidence question'),
        firstStepWhen: text(d.firstStepWhen, 'when of the first step'),
        howOften: text(d.howOften, 'how often of the first step'),
        present: items(d.present, 'people involved', (p) => p),
        agenda: items(d.agenda, 'agenda items', (i) => ({
          owner: i.owner,
          text: text(i.text, 'agenda item'),
        })),
        presentNote: text(d.presentNote, 'note on who took part'),
        communicationNeeds: text(d.communicationNeeds, 'communication needs'),
        largePrint: d.largePrint === true,
        informationNeeded: items(d.informationNeeded, 'items of information still needed', (n) => ({
          what: text(n.what, 'information still needed'),
          who: text(n.who, 'name of who gets the information'),
          byWhen: text(n.byWhen, 'date the information is needed by'),
        })),
        alreadyDoing: text(d.alreadyDoing, 'what the patient already does'),
        safetyNet: items(d.safetyNet, 'lines of when to get help', (l) =>
          text(l, 'line of when to get help'),
        ),
        barriers: items(d.barriers, 'barriers', (b) => ({
          barrier: text(b.barrier, 'barrier'),
          wayRound: text(b.wayRound, 'way round a barrier'),
        })),
        tasks: items(d.tasks, 'tasks', (t) => ({
          who: t.who,
          otherName: text(t.otherName, 'name of who does a task'),
          task: text(t.task, 'task'),
        })),
        briefInterventions: items(d.briefInterventions, 'brief interventions', (b) => ({
          topic: text(b.topic, 'brief intervention'),
          service: text(b.service, 'service offered'),
          en: text(b.en, 'patient’s line of a brief intervention'),
        })),
        gridTitle: text(d.gridTitle, 'option grid’s title'),
        referrals: text(d.referrals, 'referral'),
        interventions: text(d.interventions, 'intervention'),
        support: text(d.support, 'support'),
        contact: text(d.contact, 'contact'),
        commitment: text(d.commitment, 'commitment'),
        wayBackIn: text(d.wayBackIn, 'way back in'),
        review: d.review && {
          ...d.review,
          clinicalValueNow: text(d.review.clinicalValueNow, 'clinical value at review'),
          helped: text(d.review.helped, 'what helped'),
          gotInTheWay: text(d.review.gotInTheWay, 'what got in the way'),
        },
      },
    };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.message };
    throw e;
  }
}
