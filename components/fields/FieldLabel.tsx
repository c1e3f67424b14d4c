import type { ComponentChildren } from 'preact';

interface FieldLabelProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
}

/**
 * A control's name and its optional hint. The hint is a description (`${id}-hint`, for
 * aria-describedby), never part of the name, so the control is found by its label alone.
 */
export function FieldLabel({ id, label, hint }: FieldLabelProps) {
  return (
    <>
      <label class="field__label" for={id}>
        {label}
      </label>
      {hint ? (
        <span class="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
    </>
  );
}
