import type { GridOption, OptionGrid, GridQuestion } from '../../lib/option-grids/grid';
import { setAnswer, setFigure, setNationAnswer } from '../../lib/option-grids/grid-edit';
import { measureReadability } from '../../lib/readability/reading-ease';
import { TextField } from '../fields/TextField';
import { EditorFigure } from './EditorFigure';
import { EditorNationAnswers } from './EditorNationAnswers';

interface Props {
  grid: OptionGrid;
  question: GridQuestion;
  questionIndex: number;
  option: GridOption;
  optionIndex: number;
  onChange: (grid: OptionGrid) => void;
}

/** Flesch reading ease below this is flagged (60+ is "plain English"; docs/plan-truth.md aims at reading age 9–11). */
const HARD = 60;

/** A readability figure for one English answer; Flesch is only meaningful for English. */
export function readabilityHint(grid: OptionGrid, text: string): string {
  if (grid.language !== 'en' || text.trim() === '') return '';
  const { readingEase } = measureReadability(text);
  return readingEase < HARD
    ? `Reading ease ${readingEase}: hard to read, try shorter words and sentences`
    : `Reading ease ${readingEase}: plain`;
}

/** One cell of the grid: the answer for one option, its England/Wales variants and its figure. */
export function EditorAnswer({ grid, question, questionIndex, option, optionIndex, onChange }: Props) {
  const q = questionIndex + 1;
  const o = optionIndex + 1;
  const name = `Question ${q}, option ${o}`;
  const answer = question.answers[option.id] ?? '';
  return (
    <fieldset class="grid-editor__cell">
      <legend>
        Option {o}
        {option.label ? ` (${option.label})` : ''}
      </legend>
      <TextField
        label={`Question ${q} answer for option ${o}${option.label ? ` (${option.label})` : ''}`}
        value={answer}
        rows={2}
        hint={readabilityHint(grid, answer)}
        onChange={(text) => onChange(setAnswer(grid, question.id, option.id, text))}
      />
      <EditorNationAnswers
        name={name}
        question={question}
        optionId={option.id}
        hintFor={(text) => readabilityHint(grid, text)}
        onChange={(nation, text) => onChange(setNationAnswer(grid, question.id, nation, option.id, text))}
      />
      <EditorFigure
        name={name}
        figure={question.figures?.[option.id]}
        language={grid.language}
        onChange={(figure) => onChange(setFigure(grid, question.id, option.id, figure))}
      />
    </fieldset>
  );
}
