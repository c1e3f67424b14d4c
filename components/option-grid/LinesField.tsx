import { useState } from 'preact/hooks';
import { TextField } from '../fields/TextField';

interface Props {
  label: string;
  hint: string;
  lines: readonly string[];
  onChange: (lines: string[]) => void;
}

/** A list of short lines edited as one box, one line each; blank lines are dropped. */
export function LinesField({ label, hint, lines, onChange }: Props) {
  // The box keeps what was typed (including a new empty line) while the grid gets clean lines.
  const [text, setText] = useState(lines.join('\n'));
  return (
    <TextField
      label={label}
      hint={hint}
      rows={3}
      value={text}
      onChange={(value) => {
        setText(value);
        onChange(
          value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}
