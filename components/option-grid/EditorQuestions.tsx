import type { OptionGrid } from '../../lib/option-grids/grid';
import { addQuestion, citeSource, removeQuestion, setQuestion } from '../../lib/option-grids/grid-edit';
import { GRID_LIMITS } from '../../lib/option-grids/limits';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';
import { EditorAnswer } from './EditorAnswer';

interface Props {
  grid: OptionGrid;
  onChange: (grid: OptionGrid) => void;
}

/**
 * The rows: each question patients ask, with one short answer per option (and its
 * nation variants and figure), and the sources behind it.
 */
export function EditorQuestions({ grid, onChange }: Props) {
  return (
    <section aria-labelledby="editor-questions">
      <h2 id="editor-questions">Questions (rows)</h2>
      {grid.questions.map((question, index) => (
        <fieldset class="item-card" key={question.id}>
          <legend>Question {index + 1}</legend>
          <TextField
            label={`Question ${index + 1}`}
            value={question.question}
            onChange={(text) => onChange(setQuestion(grid, question.id, text))}
          />
          {grid.options.map((option, optionIndex) => (
            <EditorAnswer
              key={option.id}
              grid={grid}
              question={question}
              questionIndex={index}
              option={option}
              optionIndex={optionIndex}
              onChange={onChange}
            />
          ))}
          <fieldset class="choice-group">
            <legend>Sources behind question {index + 1}</legend>
            {grid.sources.map((source, sourceIndex) => (
              <CheckboxField
                key={source.id}
                label={`Source ${sourceIndex + 1}${source.citation ? `: ${source.citation}` : ''}`}
                checked={question.sourceIds.includes(source.id)}
                onChange={(on) => onChange(citeSource(grid, question.id, source.id, on))}
              />
            ))}
          </fieldset>
          <button
            type="button"
            disabled={grid.questions.length <= GRID_LIMITS.questionsMin}
            onClick={() => onChange(removeQuestion(grid, question.id))}
          >
            Remove question {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={grid.questions.length >= GRID_LIMITS.questionsMax}
        onClick={() => onChange(addQuestion(grid))}
      >
        Add a question
      </button>
    </section>
  );
}
