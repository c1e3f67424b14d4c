import { useState } from 'preact/hooks';
import type { GridFigure, GridLanguage } from '../../lib/option-grids/grid';
import { figureSentences } from '../../lib/option-grids/grid-figures';
import { omitKey } from '../../lib/option-grids/grid-edit';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';

interface Props {
  /** "Question 1, option 2": the start of every box's name, so each is found by its label. */
  name: string;
  figure: GridFigure | undefined;
  language: GridLanguage;
  /** `undefined` takes the figure out. */
  onChange: (figure: GridFigure | undefined) => void;
}

const EMPTY: GridFigure = { inHundred: 0, outcome: '', over: '' };

/** Digits only, so "7" is 7 and "seven" or "" is NaN, which the parser names in plain words. */
function countFrom(text: string): number {
  return /^\s*\d{1,3}\s*$/.test(text) ? Number(text) : Number.NaN;
}

/**
 * One answer's absolute figure, "N in 100 people, over T", with the other framing and
 * an optional icon array (NICE NG197 §1.5; docs/option-grids.md "Numbers").
 */
export function EditorFigure({ name, figure, language, onChange }: Props) {
  // The box keeps what was typed ("1" on the way to "12", or a slip such as "7a").
  const [count, setCount] = useState(figure ? String(figure.inHundred) : '');
  const set = (patch: Partial<GridFigure>) => figure && onChange({ ...figure, ...patch });
  const optional = (key: 'otherOutcome' | 'iconArray', value: string | boolean) => {
    if (!figure) return;
    const rest = omitKey(figure, key);
    onChange(value ? { ...rest, [key]: value } : rest);
  };
  const valid = figure && Number.isInteger(figure.inHundred) && figure.outcome.trim() && figure.over.trim();
  return (
    <div class="grid-editor__figure">
      <CheckboxField
        label={`${name}: give a figure in numbers (N in 100 people)`}
        checked={figure !== undefined}
        onChange={(on) => {
          setCount(on ? String(EMPTY.inHundred) : '');
          onChange(on ? { ...EMPTY } : undefined);
        }}
      />
      {figure ? (
        <>
          <div class="field-row">
            <TextField
              label={`${name} figure: people in 100`}
              hint="A whole number from 0 to 100"
              value={count}
              onChange={(text) => {
                setCount(text);
                set({ inHundred: countFrom(text) });
              }}
            />
            <TextField
              label={`${name} figure: over what time`}
              hint="For example: over 10 years"
              value={figure.over}
              onChange={(over) => set({ over })}
            />
          </div>
          <TextField
            label={`${name} figure: what happens to them`}
            hint="For example: have a heart attack or stroke"
            value={figure.outcome}
            onChange={(outcome) => set({ outcome })}
          />
          <TextField
            label={`${name} figure: what happens to the rest`}
            hint="Optional, for the other framing. For example: do not"
            value={figure.otherOutcome ?? ''}
            onChange={(text) => optional('otherOutcome', text)}
          />
          <CheckboxField
            label={`${name} figure: show as an icon array`}
            checked={figure.iconArray === true}
            onChange={(on) => optional('iconArray', on)}
          />
          {valid ? (
            <p class="field__hint" aria-live="polite">
              Reads: {figureSentences(figure, language).join(' ')}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
