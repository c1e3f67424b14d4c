import type { Consultation } from '../domain/consultation';
import { NATIONS, type Nation } from '../domain/nation';
import type { AgreedPlan, HandedOver } from './agreed-plan';
import { gridNoticeFor } from './grid-notice';
import { planLanguages } from './plan-languages';
import { clean, list } from '../domain/read-values';
import { score } from './lines';
import { planDecision } from './outcome';
import { planFigures } from './plan-figures';
import type { PlanContext } from './plan-types';
import { planStatus } from './plan-status';
import { planSafetyNet } from './safety-net';
import { urgentHelpFor } from './urgent-help';

/** An unknown stored value reads as England rather than nothing (docs/urgent-help.md). */
const nationOf = (value: unknown): Nation =>
  NATIONS.includes(value as Nation) ? (value as Nation) : 'england';

// The ways a copy reaches the patient; an insert counts only once the plan was agreed (the panel
// records no draft insert).
function handedOver(c: Consultation): HandedOver {
  const copies = list(c.copiesGiven);
  return {
    copies,
    given: copies.length > 0,
    textMessage: copies.some((copy) => copy.how === 'text message'),
  };
}

/**
 * Builds THE agreed-plan document (lib/plan/agreed-plan.ts) once per settled change: pure and
 * total, so a blank consultation gives a draft with only the nation's urgent help.
 */
export function buildAgreedPlan(c: Consultation, context: PlanContext): AgreedPlan {
  const a = c.agreement;
  const nation = nationOf(context.settings.nation);
  const decision = planDecision(c, context.grid, context.gridTranslations);
  const status = planStatus(c, decision);
  const grid = c.options.grid;
  const source = context.grid && grid && context.grid.id === grid.id ? clean(context.grid.organisation) : '';
  const chosenOptionIds = decision.options.filter((o) => o.chosen).map((o) => o.id);
  return {
    consultationId: c.id,
    patientRef: clean(c.patientRef),
    status,
    closed: c.status === 'closed',
    date: context.date,
    planLanguage: context.language,
    languages: planLanguages(context.language),
    nation,
    decision,
    goal: clean(a.goal),
    firstStep: clean(a.firstAction),
    when: clean(a.when),
    howOften: clean(a.howOften),
    confidence: score(a.confidence),
    responsibilities: list(a.responsibilities),
    reviewDate: clean(a.followUpDate),
    contact: {
      own: clean(a.contact),
      practiceName: clean(context.settings.practiceName),
      practiceContact: clean(context.settings.practiceContact),
    },
    safetyNet: {
      en: planSafetyNet(c, context, 'en', nation, chosenOptionIds),
      cy: planSafetyNet(c, context, 'cy', nation, chosenOptionIds),
    },
    urgentSummary: urgentHelpFor(nation).summary,
    grid: grid
      ? { id: clean(grid.id), version: clean(grid.version), title: clean(grid.title), organisation: source }
      : null,
    gridNotice: {
      en: grid ? gridNoticeFor(context.grid, context.gridTranslations, 'en', context.date) : null,
      cy: grid ? gridNoticeFor(context.grid, context.gridTranslations, 'cy', context.date) : null,
    },
    figures: {
      en: planFigures(c, context, decision, 'en'),
      cy: planFigures(c, context, decision, 'cy'),
    },
    handedOver: handedOver(c),
    context: { ...context, settings: { ...context.settings, nation } },
    source: c,
  };
}
