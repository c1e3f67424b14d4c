import type { OptionGrid } from '../../lib/option-grids/grid';

interface GridChoiceProps {
  grid: OptionGrid;
  leaning: readonly string[];
  /** Whether choosing now goes on to agreeing the way forward (the first choice does), said beforehand. */
  movesOn?: boolean;
  onLeaning: (optionId: string, on: boolean) => void;
}

/**
 * The patient's choice among a grid's options, at the top of the grid: it is what the grid is
 * for, so it sits where the clinician's eyes are when the grid opens, not under its questions.
 * What is chosen is said in one line, "We chose: …", for a screen reader as well.
 */
export function GridChoice({ grid, leaning, movesOn = false, onLeaning }: GridChoiceProps) {
  const chosen = grid.options.filter((option) => leaning.includes(option.id)).map((o) => o.label);
  return (
    <div class="grid-choice" lang={grid.language}>
      <fieldset class="grid-compact__options" aria-describedby={movesOn ? 'grid-choice-moves-on' : undefined}>
        <legend>Which option does the patient lean to?</legend>
        {movesOn ? (
          <p class="field__hint" id="grid-choice-moves-on" lang="en">
            Choosing goes on to agreeing the plan; more options can be chosen there.
          </p>
        ) : null}
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
      <p class="grid-choice__chosen" role="status" lang="en">
        {chosen.length > 0 ? (
          <>
            We chose: <span lang={grid.language}>{chosen.join('; ')}</span>
          </>
        ) : null}
      </p>
    </div>
  );
}
