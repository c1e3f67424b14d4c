import type { Consultation, OptionDiscussed } from '../domain/consultation';
import type { GridLanguage, OptionGrid } from './grid';

/**
 * A grid in another language: a Welsh grid names its English original in
 * `translationOf`. Plans in Welsh, or in both languages, show each option in the
 * plan's language when the grid has a version in it (docs/option-grids.md).
 */

/** Every translation of `grid` (or of the grid it translates) among `grids`, not `grid` itself. */
export function gridTranslations(
  grids: readonly OptionGrid[],
  grid: OptionGrid | null | undefined,
): OptionGrid[] {
  if (!grid) return [];
  const root = grid.translationOf ?? grid.id;
  return grids.filter((g) => g.id !== grid.id && (g.id === root || g.translationOf === root));
}

/** `grid` in `language`: itself, one of its translations, or undefined when there is none. */
export function gridInLanguage(
  grid: OptionGrid | null | undefined,
  translations: readonly OptionGrid[] | undefined,
  language: GridLanguage,
): OptionGrid | undefined {
  if (!grid) return undefined;
  if (grid.language === language) return grid;
  const root = grid.translationOf ?? grid.id;
  return (translations ?? []).find(
    (g) => g.language === language && (g.id === root || g.translationOf === root),
  );
}

/**
 * The options discussed, in `language`: an option that came from the grid (same id)
 * takes its label, benefit and downside from the grid's version in that language.
 * Options added by hand, text the clinician rewrote, or a grid with no version in
 * that language stay as recorded (their words are never replaced).
 */
export function optionsInLanguage(
  options: readonly OptionDiscussed[],
  grid: OptionGrid | null | undefined,
  translations: readonly OptionGrid[] | undefined,
  language: GridLanguage,
): OptionDiscussed[] {
  const version = gridInLanguage(grid, translations, language);
  if (!grid || !version || version === grid) return [...options];
  const original = new Map(grid.options.map((option) => [option.id, option]));
  const target = new Map(version.options.map((option) => [option.id, option]));
  return options.map((option) => {
    const from = original.get(option.id);
    const to = target.get(option.id);
    if (!from || !to) return option;
    return {
      ...option,
      label: option.label === from.label ? to.label : option.label,
      pros: option.pros === from.mainBenefit ? to.mainBenefit : option.pros,
      cons: option.cons === from.mainDownside ? to.mainDownside : option.cons,
    };
  });
}

/** The consultation with its options discussed in `language` (see `optionsInLanguage`). */
export function consultationInLanguage(
  consultation: Consultation,
  grid: OptionGrid | null | undefined,
  translations: readonly OptionGrid[] | undefined,
  language: GridLanguage,
): Consultation {
  const options = consultation.options as Consultation['options'] | undefined;
  if (!grid || !options || !Array.isArray(options.options)) return consultation;
  return {
    ...consultation,
    options: { ...options, options: optionsInLanguage(options.options, grid, translations, language) },
  };
}
