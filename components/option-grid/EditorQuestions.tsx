import type { OptionGrid } from '../../lib/option-grids/grid';
import {
  addQuestion,
  citeSource,
  removeQuestion,
  setAnswer,
  setQuestion,
} from '../../lib/option-grids/grid-edit';
import { GRID_LIMITS } from '../../lib/option-grids/limits';
import { measureReadability } from '../../lib/readability/reading-ease';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';

interface Props {
  grid: OptionGrid;
  onChange: (grid: OptionGrid) => void;
}

/** Flesch reading ease below this is flagged (60+ is "plain English"; docs/plan-truth.md aims at reading age 9–11). */
const HARD = 60;

/** A readability figure for one English answer; Flesch is only meaningful for English. */
function readabilityHint(grid: OptionGrid, text: string): string {
  if (grid.language !== 'en' || text.trim() === '') return '';
  const { readingEase } = measureReadability(text);
  return readingEase < HARD
    ? `Reading ease ${readingEase}: hard to read, try shorter words and sentences`
    : `Reading ease ${readingEase}: plain`;
}

/** The rows: each question patients ask, with one short answer per option and the sources behind it. */
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
          {grid.options.map((option, optionIndex) => {
            const answer = question.answers[option.id] ?? '';
            return (
              <TextField
                key={option.id}
                label={`Question ${index + 1} answer for option ${optionIndex + 1}${option.label ? ` (${option.label})` : ''}`}
                value={answer}
                rows={2}
                hint={readabilityHint(grid, answer)}
                onChange={(text) => onChange(setAnswer(grid, question.id, option.id, text))}
              />
            );
          })}
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
