import { formatLongDate } from '../../lib/i18n/format-date';
import type { EarlierConsultation } from '../../lib/state/earlier-consultations';

const STATUS = { open: 'not agreed', agreed: 'plan agreed', closed: 'closed' } as const;
const GIVEN = {
  print: 'printed',
  'download-html': 'downloaded',
  'download-text': 'downloaded as text',
  insert: 'inserted in the EHR',
  'download-calendar': 'downloaded as a calendar file',
  'text-message': 'sent as a text message',
  unrecorded: 'given',
} as const;

/** Earlier consultations for the same reference, newest first, each with how its plan was given. */
export function EarlierConsultationsList({
  found,
  onOpen,
}: {
  found: readonly EarlierConsultation[];
  onOpen: (id: string) => void;
}) {
  return (
    <details class="earlier">
      <summary>Earlier consultations for this reference ({found.length})</summary>
      <ul class="earlier__list">
        {found.map((c) => (
          <li key={c.id}>
            <button type="button" class="link-button" onClick={() => onOpen(c.id)}>
              Open {formatLongDate(c.createdAt)} ({STATUS[c.status]}){c.goal ? `: ${c.goal}` : ''}
            </button>
            {c.given.length > 0 ? (
              <span class="earlier__given">
                {' '}
                Plan given: {c.given.map((g) => `${GIVEN[g.format]} ${formatLongDate(g.givenAt)}`).join(', ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
