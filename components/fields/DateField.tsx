import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { dateAsTyped, dateInWords, parseTypedDate } from '../../lib/domain/typed-date';
import { FieldLabel } from './FieldLabel';

interface DateFieldProps {
  label: string;
  /** yyyy-mm-dd, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
}

/**
 * A date typed day first (dd/mm/yyyy) whatever the browser's locale
 * (docs/quick-path.md, "Dates"): a text box, not the browser's date box, with
 * the date it read shown in words beside it, and a date it cannot read refused
 * in plain words. What is stored always matches the box: a date it read, or
 * nothing while the box holds something it cannot read.
 */
export function DateField({ label, value, onChange }: DateFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => dateAsTyped(value));
  // What this box has stored and not yet seen come back: the store may answer a key late, after the
  // next key (18/01/20 read as 2020 arriving while the box already holds 18/01/202), and an echo of
  // the box's own earlier value must never rewrite what is being typed.
  const pending = useRef<string[]>([]);
  const last = useRef(value);
  // A date set elsewhere (a one-click choice, undo) shows as it would be typed.
  useEffect(() => {
    const echo = pending.current.indexOf(value);
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1);
      return;
    }
    if (value === last.current) return;
    pending.current = [];
    last.current = value;
    setText(dateAsTyped(value));
  }, [value]);
  const read = text.trim() === '' ? null : parseTypedDate(text);
  return (
    <div class="field date-field">
      <FieldLabel id={id} label={label} hint="Day first: dd/mm/yyyy" />
      <input
        id={id}
        inputMode="numeric"
        autocomplete="off"
        value={text}
        aria-describedby={`${id}-hint ${id}-read`}
        aria-invalid={read && !read.ok ? 'true' : undefined}
        onInput={(event) => {
          const typed = event.currentTarget.value;
          const parsed = parseTypedDate(typed);
          const iso = parsed.ok ? parsed.iso : '';
          setText(typed);
          if (iso === last.current) return;
          last.current = iso;
          pending.current.push(iso);
          onChange(iso);
        }}
      />
      <span
        id={`${id}-read`}
        class={`date-field__read${read && !read.ok ? ' date-field__read--bad' : ''}`}
        aria-live="polite"
      >
        {read === null ? '' : read.ok ? dateInWords(read.iso) : read.reason}
      </span>
    </div>
  );
}
