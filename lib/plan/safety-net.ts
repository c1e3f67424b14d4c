import type { Consultation } from '../domain/consultation';
import type { Nation } from '../domain/nation';
import { gridInLanguage } from '../option-grids/grid-language';
import { gridSafetyNetLines } from '../option-grids/grid-safety-net';
import type { AgreedPlan, PlanSafetyNet } from './agreed-plan';
import { clean } from '../domain/read-values';
import type { DocumentLanguage, PlanContext } from './plan-types';
import { endSentence } from './safe-text';
import { urgentHelpFor } from './urgent-help';

/**
 * "When to get help" (docs/urgent-help.md): (a) the nation's urgent-help lines, (b) the option
 * grid's own lines for this patient — its general lines in the nation's variant and only the
 * lines of the option chosen (lib/option-grids/grid-safety-net.ts) — in the plan's language
 * when the grid has a translation, (c) the clinician's own advice, one line each. A grid line
 * the clinician copied into their advice is printed once.
 */
export function planSafetyNet(
  c: Consultation,
  context: PlanContext,
  language: DocumentLanguage,
  nation: Nation,
  chosenOptionIds: readonly string[],
): PlanSafetyNet {
  const own = clinicianAdvice(c);
  const ownKeys = new Set(own.map(key));
  const used = c.options.grid?.id;
  const grid = context.grid && used && context.grid.id === used ? context.grid : null;
  const inLanguage = gridInLanguage(grid, context.gridTranslations, language) ?? grid;
  const fromGrid = inLanguage
    ? gridSafetyNetLines(inLanguage, { nation, chosenOptionIds })
        .map((l) => endSentence(clean(l)))
        .filter((l) => l && !ownKeys.has(key(l)))
    : [];
  const help = urgentHelpFor(nation);
  return { urgent: help.lines[language], urgentShort: help.short[language], grid: fromGrid, own };
}

/** Every line of "When to get help" in one language, in order. */
export function safetyNetLines(plan: AgreedPlan, language: DocumentLanguage): string[] {
  const net = plan.safetyNet[language];
  return [...net.urgent, ...net.grid, ...net.own];
}

/** The clinician's advice, one line per line typed. */
export function clinicianAdvice(c: Consultation): string[] {
  return clean(c.agreement.safetyNet)
    .split(/\r?\n/)
    .map((l) => endSentence(clean(l)))
    .filter(Boolean);
}

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\u00C0-\u024F]+/g, ' ')
    .trim();

/**
 * The note's line: what the plan tells the patient about when to get help. The urgent-help
 * routes are named briefly; the grid's and the clinician's lines are written out.
 */
export function safetyNetNote(plan: AgreedPlan): string {
  const net = plan.safetyNet.en;
  const grid = plan.grid ? plan.grid.title || plan.grid.id : '';
  return [
    ...net.own,
    ...(net.grid.length ? [`From the ${grid || 'option'} grid: ${net.grid.join(' ')}`] : []),
    `Urgent help: ${plan.urgentSummary}.`,
  ].join(' ');
}
