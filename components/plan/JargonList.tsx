import type { JargonEntry, JargonFound } from '../../lib/plan/jargon';

interface Props {
  found: readonly JargonFound[];
  onAccept: (entry: JargonEntry) => void;
}

const offer = (entry: JargonFound) =>
  entry.kind === 'name' ? `${entry.found} (${entry.plain})` : entry.plain;

/**
 * Words a patient may not know, each with its plain alternative one key (Enter) away.
 * Accepting changes only the patient's version: what was typed, the patient's own words,
 * clinical values, the note and FHIR stay as they are.
 */
export function JargonList({ found, onAccept }: Props) {
  if (found.length === 0) return <p class="field__hint">No jargon found in the patient version.</p>;
  return (
    <div class="plan-jargon">
      <p class="field__label" id="plan-jargon-label">
        Words the patient may not know (changes the patient’s version only)
      </p>
      <ul aria-labelledby="plan-jargon-label">
        {found.map((entry) => (
          <li key={entry.term}>
            <span>
              “{entry.found}” → “{offer(entry)}”
            </span>{' '}
            <button type="button" onClick={() => onAccept(entry)}>
              Use “{offer(entry)}” instead of “{entry.found}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
