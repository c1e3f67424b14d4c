import { dateAfter, describeInterval, FOLLOW_UP_INTERVALS } from '../../lib/domain/follow-up';
import { TextField } from './TextField';

interface FollowUpFieldProps {
  value: string;
  onChange: (date: string) => void;
  /** Injected so tests can fix "today". */
  today?: () => Date;
}

/** The follow-up date, typed or set in one click ("in 3 months"): seconds, not minutes, in a GP appointment. */
export function FollowUpField({ value, onChange, today = () => new Date() }: FollowUpFieldProps) {
  return (
    <div class="follow-up">
      <TextField label="Follow-up date" type="date" value={value} onChange={onChange} />
      <div class="follow-up__quick" role="group" aria-label="Follow-up in">
        <span aria-hidden="true">In</span>
        {FOLLOW_UP_INTERVALS.map((interval) => {
          const words = describeInterval(interval);
          return (
            <button
              key={words}
              type="button"
              aria-label={`Follow-up in ${words}`}
              onClick={() => onChange(dateAfter(today(), interval))}
            >
              {words}
            </button>
          );
        })}
      </div>
    </div>
  );
}
