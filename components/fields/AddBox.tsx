import { useId, useState } from 'preact/hooks';
import { FieldLabel } from './FieldLabel';

interface AddBoxProps {
  label: string;
  buttonText?: string;
  hint?: string;
  onAdd: (text: string) => void;
}

/**
 * A box that adds a list item on Enter or with its button, then clears itself
 * and keeps focus, so several items can be typed in a row without the mouse.
 */
export function AddBox({ label, buttonText = 'Add', hint, onAdd }: AddBoxProps) {
  const id = useId();
  const [text, setText] = useState('');
  function add() {
    const trimmed = text.trim();
    if (trimmed === '') return;
    onAdd(trimmed);
    setText('');
  }
  return (
    <div class="add-box">
      <div class="field add-box__field">
        <FieldLabel id={id} label={label} hint={hint} />
        <input
          autocomplete="off"
          id={id}
          value={text}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
      </div>
      <button type="button" onClick={add} aria-label={`${buttonText}: ${label}`}>
        {buttonText}
      </button>
    </div>
  );
}
