import type { OptionGrid } from '../../lib/option-grids/grid';
import { answerFor } from '../../lib/option-grids/grid-nation';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';
import type { Nation } from '../../lib/settings/nation';
import { GridFigureView } from './GridFigureView';

/**
 * The whole grid as a table: options as columns, the patient's questions as
 * rows (docs/option-grids.md, "Print and screen"). Used full-tab for the patient, in print and as the editor's
 * live preview. Every cell is a text node. Columns share the width equally and
 * long words wrap, so a five-option grid fits 1024 px; at large text the table
 * scrolls sideways inside its own focusable box rather than pushing the page.
 */
export function GridTable({ grid, nation }: { grid: OptionGrid; nation?: Nation }) {
  const words = GRID_WORDS[grid.language];
  return (
    <div class="grid-table__scroll" role="region" aria-label={grid.title || '(untitled grid)'} tabIndex={0}>
      <table class={`grid-table grid-table--${grid.options.length}`} lang={grid.language}>
        <caption class="visually-hidden">{grid.title}</caption>
        <thead>
          <tr>
            <th scope="col">{words.question}</th>
            {grid.options.map((option, index) => (
              <th scope="col" key={option.id}>
                {option.label || `(option ${index + 1})`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.questions.map((question, index) => (
            <tr key={question.id}>
              {/* Placeholders only show in the editor's preview: a valid grid has no empty text. */}
              <th scope="row">{question.question || `(question ${index + 1})`}</th>
              {grid.options.map((option) => {
                const figure = question.figures?.[option.id];
                return (
                  <td key={option.id}>
                    {answerFor(question, option.id, nation)}
                    {figure ? <GridFigureView figure={figure} language={grid.language} /> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
