import { useEffect, useState } from 'preact/hooks';
import { formatLongDate } from '../../lib/i18n/format-date';
import type { EarlierConsultation } from '../../lib/state/earlier-consultations';
import { useApp } from '../app-context';

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

/** Earlier consultations for the same reference, newest first; opening one keeps the current one stored. */
export function EarlierConsultations({ patientRef, currentId }: { patientRef: string; currentId: string }) {
  const { model } = useApp();
  const [found, setFound] = useState<EarlierConsultation[]>([]);

  useEffect(() => {
    let live = true;
    // A short pause so a lookup does not run on every keystroke of the reference.
    const timer = setTimeout(() => {
      void model.earlierConsultations(patientRef, currentId).then((list) => {
        if (live) setFound(list);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, patientRef, currentId]);

  if (found.length === 0) return null;
  return (
    <details class="earlier">
      <summary>Earlier consultations for this reference ({found.length})</summary>
      <ul class="earlier__list">
        {found.map((c) => (
          <li key={c.id}>
            <button type="button" class="link-button" onClick={() => void model.open(c.id)}>
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
