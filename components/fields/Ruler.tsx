import { useId } from 'preact/hooks';

interface RulerProps {
  /** The question read to the patient, e.g. "How important is it to you to …?" */
  question: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** The same question in Welsh, for a patient whose plan is in Welsh, with the ruler's ends. */
  welsh?: { question: string; notAtAll: string; very: string } | null;
}

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * A 0–10 ruler as a radio group (framework.md §2, importance and confidence rulers).
 * One Tab stop; arrows move by one, Home/End jump to 0/10, digits 0–9 pick a value.
 * The keys are handled here rather than left to the browser, so every browser
 * (and the component tests) behave the same, and "not asked yet" stays possible.
 */
export function Ruler({ question, value, onChange, welsh }: RulerProps) {
  const id = useId();
  const focusable = value ?? 0;

  function onKeyDown(event: KeyboardEvent) {
    const current = value ?? -1;
    let next: number | null = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowUp') next = Math.min(10, current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = Math.max(0, current - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = 10;
    else if (/^[0-9]$/.test(event.key)) next = Number(event.key);
    if (next === null) return;
    event.preventDefault();
    onChange(next);
    const group = event.currentTarget as HTMLElement;
    group.querySelector<HTMLInputElement>(`input[value="${next}"]`)?.focus();
  }

  return (
    <fieldset class="ruler" role="radiogroup" aria-labelledby={`${id}-q`} onKeyDown={onKeyDown}>
      <legend id={`${id}-q`} class="field__label">
        {question}
        {welsh ? (
          <span class="ruler__welsh" lang="cy">
            {' '}
            {welsh.question}
          </span>
        ) : null}
      </legend>
      <div class="ruler__scale">
        {VALUES.map((n) => (
          <label key={n} class={`ruler__point${value === n ? ' ruler__point--on' : ''}`}>
            <input
              autocomplete="off"
              type="radio"
              class="visually-hidden"
              name={id}
              value={String(n)}
              checked={value === n}
              tabIndex={n === focusable ? 0 : -1}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <div class="ruler__ends" aria-hidden="true">
        <span>
          0 not at all
          {welsh ? <span lang="cy"> · {welsh.notAtAll}</span> : null}
        </span>
        <span>
          10 very
          {welsh ? <span lang="cy"> · {welsh.very}</span> : null}
        </span>
      </div>
      {value !== null ? (
        <button type="button" class="link-button" onClick={() => onChange(null)}>
          Clear answer
        </button>
      ) : null}
    </fieldset>
  );
}
