import { useState } from 'preact/hooks';

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
  const [text, setText] = useState('');
  function add() {
    const trimmed = text.trim();
    if (trimmed === '') return;
    onAdd(trimmed);
    setText('');
  }
  return (
    <div class="add-box">
      <label class="field add-box__field">
        <span class="field__label">{label}</span>
        {hint ? <span class="field__hint">{hint}</span> : null}
        <input
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
      </label>
      <button type="button" onClick={add} aria-label={`${buttonText}: ${label}`}>
        {buttonText}
      </button>
    </div>
  );
}
