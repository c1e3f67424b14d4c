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

/** A labelled text box; the visible label is also how tests and screen readers find it. */
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
  const common = {
    value,
    placeholder,
    onInput: (event: Event) =>
      onChange((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <label class="field">
      <span class="field__label">{label}</span>
      {hint ? <span class="field__hint">{hint}</span> : null}
      {rows ? (
        <textarea rows={rows} {...common} />
      ) : (
        <input
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
    </label>
  );
}
