import { timingSuggestions } from '../../lib/agreement/timing-suggestions';
import type { AgreeingWayForward, PlanLanguage } from '../../lib/domain/consultation';

type TimingField = 'when' | 'howOften';

interface Props {
  agreement: Pick<AgreeingWayForward, 'goal' | 'firstAction' | 'when' | 'howOften'>;
  language: PlanLanguage;
  onPick: (field: TimingField, value: string) => void;
}

const ROWS: readonly { field: TimingField; label: string }[] = [
  { field: 'when', label: 'When' },
  { field: 'howOften', label: 'How often' },
];

/**
 * One click answers "when" and "how often" (docs/quick-path.md): the time words already typed in
 * the first step or goal, then the usual answers. A row shows only while its box is empty, so a
 * typed answer is never overwritten. The buttons are described by their row ("When", "How often")
 * rather than named after it, so the boxes keep the only labels with those words.
 */
export function TimingSuggestions({ agreement, language, onPick }: Props) {
  const suggestions = timingSuggestions(agreement, language);
  const rows = ROWS.filter(({ field }) => agreement[field].trim() === '');
  if (rows.length === 0) return null;
  return (
    <div class="timing-suggestions" role="group" aria-labelledby="timing-suggestions-title">
      <span id="timing-suggestions-title" class="visually-hidden">
        Suggested timing, one click fills the box
      </span>
      {rows.map(({ field, label }) => (
        <div key={field} class="timing-suggestions__row">
          <span id={`timing-suggestions-${field}`} class="timing-suggestions__label">
            {label}:
          </span>
          {suggestions[field].map((value) => (
            <button
              key={value}
              type="button"
              class="timing-suggestions__pick"
              aria-describedby={`timing-suggestions-${field}`}
              onClick={() => onPick(field, value)}
            >
              {value}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
