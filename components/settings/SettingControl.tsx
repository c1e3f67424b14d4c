import type { SettingDescriptor } from './setting-descriptors';

export interface SettingControlProps {
  descriptor: SettingDescriptor;
  /** The text or value shown; numbers stay as typed text until saved so half-typed input is not lost. */
  value: string | boolean;
  locked: boolean;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
}

/**
 * One labelled setting. A centrally set value is shown disabled with the reason,
 * so a clinician knows why it will not change and whom to ask (docs/deploying.md, "The settings a policy may set").
 */
export function SettingControl({ descriptor, value, locked, error, onChange }: SettingControlProps) {
  const id = `setting-${descriptor.key}`;
  const notes = [
    descriptor.hint ? `${id}-hint` : '',
    locked ? `${id}-locked` : '',
    error ? `${id}-error` : '',
  ].filter(Boolean);
  const common = { id, disabled: locked, 'aria-describedby': notes.join(' ') || undefined };
  return (
    <div class={`field setting${locked ? ' setting--locked' : ''}`}>
      {descriptor.kind === 'checkbox' ? (
        <label class="setting__check" for={id}>
          <input
            autocomplete="off"
            {...common}
            type="checkbox"
            checked={value === true}
            onChange={(event) => onChange(event.currentTarget.checked)}
          />{' '}
          {descriptor.label}
        </label>
      ) : (
        <label class="field__label" for={id}>
          {descriptor.label}
        </label>
      )}
      {descriptor.hint && (
        <span class="field__hint" id={`${id}-hint`}>
          {descriptor.hint}
        </span>
      )}
      {descriptor.kind === 'text' && (
        <input
          autocomplete="off"
          {...common}
          type="text"
          value={String(value)}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
      {descriptor.kind === 'lines' && (
        <textarea
          autocomplete="off"
          {...common}
          rows={4}
          spellcheck={false}
          value={String(value)}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
      {descriptor.kind === 'number' && (
        <input
          autocomplete="off"
          {...common}
          type="number"
          inputMode="numeric"
          min={descriptor.min}
          max={descriptor.max}
          step={1}
          aria-invalid={error ? true : undefined}
          value={String(value)}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      )}
      {descriptor.kind === 'choice' && (
        <select
          autocomplete="off"
          {...common}
          value={String(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          {descriptor.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
      {locked && (
        <span class="setting__locked" id={`${id}-locked`}>
          Set by your practice
        </span>
      )}
      {error && (
        <span class="setting__error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
