import type { JargonEntry } from '../../lib/plan/jargon';

interface Props {
  found: readonly JargonEntry[];
  onAccept: (entry: JargonEntry) => void;
}

/** Words a patient may not know, each with its plain alternative one key (Enter) away. */
export function JargonList({ found, onAccept }: Props) {
  if (found.length === 0) return <p class="field__hint">No jargon found in the patient version.</p>;
  return (
    <div class="plan-jargon">
      <p class="field__label" id="plan-jargon-label">
        Words the patient may not know
      </p>
      <ul aria-labelledby="plan-jargon-label">
        {found.map((entry) => (
          <li key={entry.term}>
            <span>
              “{entry.term}” → “{entry.plain}”
            </span>{' '}
            <button type="button" onClick={() => onAccept(entry)}>
              Use “{entry.plain}” instead of “{entry.term}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
