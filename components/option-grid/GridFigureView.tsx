import type { GridFigure, GridLanguage } from '../../lib/option-grids/grid';
import { figureSentences } from '../../lib/option-grids/grid-figures';
import { IconArray } from './IconArray';

/** An answer's absolute figure in words (both framings) and, where the grid asks, an icon array. */
export function GridFigureView({ figure, language }: { figure: GridFigure; language: GridLanguage }) {
  // The editor's preview may hold a half-typed figure; a valid grid always has a whole number.
  if (!Number.isInteger(figure.inHundred)) return null;
  const sentences = figureSentences(figure, language);
  return (
    <div class="grid-figure">
      {figure.iconArray ? <IconArray figure={figure} label={sentences.join(' ')} /> : null}
      <p class="grid-figure__text">
        {sentences.map((sentence) => (
          <span key={sentence}>{sentence} </span>
        ))}
      </p>
    </div>
  );
}
