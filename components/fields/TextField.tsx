import { useId } from 'preact/hooks';
import { FieldLabel } from './FieldLabel';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Rows for a multi-line box; omit for a single line. */
  rows?: number;
  hint?: string;
  type?: 'text' | 'date' | 'number';
  placeholder?: string;
  onEnter?: () => void;
}

/**
 * A labelled text box; the visible label is also how tests and screen readers find it.
 * The hint is the box's description, not part of its name, so the name stays short.
 */
export function TextField({
  label,
  value,
  onChange,
  rows,
  hint,
  type = 'text',
  placeholder,
  onEnter,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    value,
    placeholder,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (event: Event) =>
      onChange((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <FieldLabel id={id} label={label} hint={hint} />
      {rows ? (
        <textarea autocomplete="off" rows={rows} {...common} />
      ) : (
        <input
          autocomplete="off"
          type={type}
          {...common}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && onEnter) {
              event.preventDefault();
              onEnter();
            }
          }}
        />
      )}
    </div>
  );
}
