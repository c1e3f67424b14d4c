interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

/** A single yes/no choice with its label beside it. */
export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  return (
    <label class="choice">
      <input
        autocomplete="off"
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>
        {label}
        {hint ? <span class="field__hint">{hint}</span> : null}
      </span>
    </label>
  );
}
