import type { OptionGrid } from '../../lib/option-grids/grid';
import { answerFor } from '../../lib/option-grids/grid-nation';
import type { Nation } from '../../lib/settings/nation';
import { GridFigureView } from './GridFigureView';

interface GridCompactProps {
  grid: OptionGrid;
  nation?: Nation;
  mattered: readonly string[];
  onQuestion: (questionId: string, on: boolean) => void;
}

/**
 * A grid folded to fit a ~400 px side panel: one card per question with every
 * option's answer stacked under it, so no row needs sideways scrolling (the
 * options and the patient's choice are <GridChoice>, above). All content is text.
 */
export function GridCompact({ grid, nation, mattered, onQuestion }: GridCompactProps) {
  const labelOf = new Map(grid.options.map((option) => [option.id, option.label]));
  return (
    <div class="grid-compact" lang={grid.language}>
      {grid.questions.map((question) => (
        <fieldset class="grid-compact__question" key={question.id}>
          <legend>{question.question}</legend>
          <dl class="grid-compact__answers">
            {grid.options.map((option) => (
              <div class="grid-compact__answer" key={option.id}>
                <dt>{labelOf.get(option.id)}</dt>
                <dd>
                  {answerFor(question, option.id, nation)}
                  {question.figures?.[option.id] ? (
                    <GridFigureView figure={question.figures[option.id]!} language={grid.language} />
                  ) : null}
                </dd>
              </div>
            ))}
          </dl>
          <label class="choice">
            <input
              autocomplete="off"
              type="checkbox"
              checked={mattered.includes(question.id)}
              onChange={(event) => onQuestion(question.id, event.currentTarget.checked)}
            />
            <span>This question mattered to the patient</span>
          </label>
        </fieldset>
      ))}
    </div>
  );
}
