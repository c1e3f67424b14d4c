import type { Consultation } from '../domain/consultation';
import type { GridQuestion, OptionGrid } from '../option-grids/grid';
import { figureSentences } from '../option-grids/grid-figures';
import { gridInLanguage } from '../option-grids/grid-language';
import type { PlanDecision, PlanOption } from './agreed-plan';
import { FIGURE_WORDS } from './figure-words';
import { clean, list } from '../domain/read-values';
import type { DocumentLanguage, PlanContext } from './plan-types';

/** One option's figure as the patient reads it, in one language. */
export interface PlanFigure {
  optionId: string;
  /** The option's name in this language. */
  option: string;
  chosen: boolean;
  /** The grid has an "N in 100" figure for it: false means `sentences` says there is none. */
  hasFigure: boolean;
  /** "Over 10 years, 7 in 100 people have a heart attack or stroke." and the other framing. */
  sentences: string[];
}

/**
 * The chosen option's key figure with its time frame (NICE NG197 §1.5), the figure it is weighed
 * against from the same row beside it (no treatment, or the treatments a do-nothing choice declined), where the figures come from, and that they describe
 * groups of people, not the patient. Decided once here so every patient-facing output says it.
 */
export interface PlanFigures {
  heading: string;
  items: PlanFigure[];
  /** Figures are for people like you, not your own risk; '' when no item has a figure. */
  caveat: string;
  sourceLabel: string;
  /** The citation of the row's first source (the figures' source, docs/option-grids.md); '' with none. */
  source: string;
}

const has = (q: GridQuestion, id: string) => q.figures?.[id] !== undefined;

/**
 * The figures for the plan in `language`, or null when no option from the grid was chosen. The
 * key figure is the first row of the grid (in the grid's order) with a figure for a chosen option.
 */
export function planFigures(
  c: Consultation,
  context: PlanContext,
  decision: PlanDecision,
  language: DocumentLanguage,
): PlanFigures | null {
  const used = c.options.grid?.id;
  const grid = context.grid;
  if (!grid || !used || (grid.id !== used && grid.translationOf !== used)) return null;
  const chosen = decision.options.filter((o) => o.chosen && o.fromGrid);
  if (chosen.length === 0) return null;
  const shown: OptionGrid = gridInLanguage(grid, context.gridTranslations, language) ?? grid;
  const words = FIGURE_WORDS[language];
  const row = list(shown.questions).find((q) => chosen.some((o) => has(q, o.id)));
  const figureOf = (o: PlanOption): PlanFigure => {
    const figure = row?.figures?.[o.id];
    return {
      optionId: o.id,
      option: o.label[language],
      chosen: o.chosen,
      hasFigure: figure !== undefined,
      sentences: figure ? figureSentences(figure, shown.language === 'cy' ? 'cy' : 'en') : [words.noFigures],
    };
  };
  // A figure means little alone: beside a treatment, what happens with none; beside a choice of
  // no treatment, what happens with each treatment the same row has a figure for.
  const noneChosen = chosen.every((o) => o.isDoNothing);
  const comparison = row
    ? decision.options.filter(
        (o) => !o.chosen && o.fromGrid && has(row, o.id) && (noneChosen ? !o.isDoNothing : o.isDoNothing),
      )
    : [];
  const sourceId = list(row?.sourceIds)[0];
  return {
    heading: words.heading,
    items: [...chosen, ...comparison].map(figureOf),
    caveat: row ? words.caveat : '',
    sourceLabel: words.source,
    source: clean(list(shown.sources).find((s) => s.id === sourceId)?.citation),
  };
}

/**
 * The figures the patient's plan gives, in one line for the record (English): each chosen
 * option's first framing, then the source, so the note shows what risk was communicated.
 */
export function figuresForRecord(figures: PlanFigures | null): string {
  if (!figures) return '';
  const said = figures.items.filter((f) => f.chosen).map((f) => `${f.option}: ${f.sentences[0] ?? ''}`);
  return [...said, figures.source ? `Source: ${figures.source}` : ''].filter(Boolean).join(' ');
}
