import { useId } from 'preact/hooks';
import { COLLABORATE_SCALE } from '../../lib/collaborate/instrument';

interface Props {
  question: string;
  lowAnchor: string;
  highAnchor: string;
  value: number | null;
  onChange: (value: number) => void;
}

/**
 * One collaboRATE question with its 0–9 scale as large buttons: native radios, so Tab reaches
 * the group once and the arrow keys move along it; a digit key picks that number directly.
 */
export function ScaleQuestion({ question, lowAnchor, highAnchor, value, onChange }: Props) {
  const id = useId();
  function onKeyDown(event: KeyboardEvent) {
    if (!/^[0-9]$/.test(event.key)) return;
    event.preventDefault();
    const n = Number(event.key);
    onChange(n);
    (event.currentTarget as HTMLElement).querySelector<HTMLInputElement>(`input[value="${n}"]`)?.focus();
  }
  return (
    <fieldset class="scale" onKeyDown={onKeyDown} aria-describedby={`${id}-ends`}>
      <legend class="scale__question">{question}</legend>
      <div class="scale__points">
        {COLLABORATE_SCALE.map((n) => (
          <label key={n} class={value === n ? 'scale__point scale__point--on' : 'scale__point'}>
            <input
              autocomplete="off"
              type="radio"
              class="visually-hidden"
              name={id}
              value={String(n)}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span aria-hidden="true">{n}</span>
            <span class="visually-hidden">
              {n === 0 ? `0: ${lowAnchor}` : n === 9 ? `9: ${highAnchor}` : String(n)}
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-ends`} class="scale__ends">
        <span>0 = {lowAnchor}</span>
        <span>9 = {highAnchor}</span>
      </p>
    </fieldset>
  );
}
