import type { Consultation } from '../domain/consultation';
import type { OptionGrid } from '../option-grids/grid';
import { gridSafetyNetLines } from '../option-grids/grid-safety-net';
import { clean, list } from './lines';
import type { DocumentLanguage, PlanContext } from './plan-types';
import { endSentence } from './safe-text';
import { urgentHelpFor } from './urgent-help';

/**
 * "When to get help" (docs/urgent-help.md): (a) the nation's urgent-help lines,
 * (b) the "when to get help" lines of the option grid used, in the plan's language
 * when the grid has a translation, (c) the clinician's own advice for this patient,
 * one line each. A grid line the clinician copied into their advice is printed once.
 */
export function safetyNetLines(c: Consultation, context: PlanContext, language: DocumentLanguage): string[] {
  const own = clinicianAdvice(c);
  const ownKeys = new Set(own.map(key));
  const fromGrid = gridSafetyNet(c, context, language).filter((l) => !ownKeys.has(key(l)));
  return [...urgentHelpFor(context.settings.nation).lines[language], ...fromGrid, ...own];
}

/** The clinician's advice, one line per line typed. */
export function clinicianAdvice(c: Consultation): string[] {
  return clean(c.agreement.safetyNet)
    .split(/\r?\n/)
    .map((l) => endSentence(clean(l)))
    .filter(Boolean);
}

/** The grid used's own safety-net lines, preferring its translation into `language`. */
export function gridSafetyNet(c: Consultation, context: PlanContext, language: DocumentLanguage): string[] {
  const used = c.options.grid?.id;
  const grid = context.grid;
  if (!used || !grid || grid.id !== used) return [];
  const translated = list(context.gridTranslations).find(
    (g: OptionGrid) =>
      g.language === language && (g.translationOf === grid.id || g.id === grid.translationOf),
  );
  const chosen = grid.language === language ? grid : (translated ?? grid);
  const choice = { nation: context.settings.nation, chosenOptionIds: list(c.agreement.chosenOptionIds) };
  return gridSafetyNetLines(chosen, choice)
    .map((l) => endSentence(clean(l)))
    .filter(Boolean);
}

const key = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\u00C0-\u024F]+/g, ' ')
    .trim();

/**
 * The note's line: what the patient was told about when to get help. The urgent-help
 * routes are named briefly; the grid's and the clinician's lines are written out.
 */
export function safetyNetNote(c: Consultation, context: PlanContext): string {
  const own = clinicianAdvice(c);
  const ownKeys = new Set(own.map(key));
  const fromGrid = gridSafetyNet(c, context, 'en').filter((l) => !ownKeys.has(key(l)));
  const grid = c.options.grid ? clean(c.options.grid.title) : '';
  return [
    ...own,
    ...(fromGrid.length ? [`From the ${grid || 'option'} grid: ${fromGrid.join(' ')}`] : []),
    `Urgent help: ${urgentHelpFor(context.settings.nation).summary}.`,
  ].join(' ');
}
