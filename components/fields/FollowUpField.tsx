import {
  dateAfter,
  describeInterval,
  FOLLOW_UP_INTERVALS,
  type FollowUpInterval,
} from '../../lib/domain/follow-up';
import { DateField } from './DateField';

interface FollowUpFieldProps {
  value: string;
  onChange: (date: string) => void;
  /** The interval the grid in use suggests (selected when the choice was made), said beside the buttons. */
  suggested?: FollowUpInterval | null;
  /** Injected so tests can fix "today". */
  today?: () => Date;
}

/**
 * The follow-up date in one click ("in 3 months") or typed day first: seconds,
 * not minutes, in a GP appointment (docs/quick-path.md, "Follow-up in one click").
 */
export function FollowUpField({ value, onChange, suggested, today = () => new Date() }: FollowUpFieldProps) {
  return (
    <div class="follow-up">
      <div class="follow-up__quick" role="group" aria-label="Follow-up in">
        <span class="field__label" aria-hidden="true">
          Follow-up in
        </span>
        {FOLLOW_UP_INTERVALS.map((interval) => {
          const words = describeInterval(interval);
          const date = dateAfter(today(), interval);
          return (
            <button
              key={words}
              type="button"
              aria-label={`Follow-up in ${words}`}
              aria-pressed={value === date ? 'true' : 'false'}
              onClick={() => onChange(date)}
            >
              {words}
            </button>
          );
        })}
      </div>
      {suggested ? (
        <p class="field__hint">
          Follow-up in {describeInterval(suggested)} is what the grid suggests; pick another if it suits
          better.
        </p>
      ) : null}
      <DateField label="Follow-up date" value={value} onChange={onChange} />
    </div>
  );
}
