import type { OptionGrid } from '../../lib/option-grids/grid';
import { GRID_WORDS } from '../../lib/option-grids/grid-words';

/**
 * The whole grid as a table: options as columns, the patient's questions as
 * rows (issue 4). Used full-tab for the patient, in print and as the editor's
 * live preview. Every cell is a text node. A wide grid at large text scrolls
 * sideways inside its own box (focusable, so the keyboard can scroll it)
 * rather than pushing the whole page sideways.
 */
export function GridTable({ grid }: { grid: OptionGrid }) {
  const words = GRID_WORDS[grid.language];
  return (
    <div class="grid-table__scroll" role="region" aria-label={grid.title || '(untitled grid)'} tabIndex={0}>
      <table class="grid-table" lang={grid.language}>
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
              {grid.options.map((option) => (
                <td key={option.id}>{question.answers[option.id] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
