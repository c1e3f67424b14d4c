import type { OptionGrid } from '../../lib/option-grids/grid';
import { answerFor } from '../../lib/option-grids/grid-nation';
import type { Nation } from '../../lib/settings/nation';
import { GridFigureView } from './GridFigureView';

interface GridCompactProps {
  grid: OptionGrid;
  nation?: Nation;
  mattered: readonly string[];
  leaning: readonly string[];
  onQuestion: (questionId: string, on: boolean) => void;
  onLeaning: (optionId: string, on: boolean) => void;
}

/**
 * A grid folded to fit a ~400 px side panel: the options once (with the
 * patient's leaning), then one card per question with every option's answer
 * stacked under it, so no row needs sideways scrolling. All content is text.
 */
export function GridCompact({ grid, nation, mattered, leaning, onQuestion, onLeaning }: GridCompactProps) {
  const labelOf = new Map(grid.options.map((option) => [option.id, option.label]));
  return (
    <div class="grid-compact" lang={grid.language}>
      <fieldset class="grid-compact__options">
        <legend>Which option does the patient lean to?</legend>
        {grid.options.map((option) => (
          <label class="choice" key={option.id}>
            <input
              autocomplete="off"
              type="checkbox"
              checked={leaning.includes(option.id)}
              onChange={(event) => onLeaning(option.id, event.currentTarget.checked)}
            />
            <span>
              {option.label}
              {option.isDoNothing ? <span class="field__hint">Doing nothing is a real choice</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
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
