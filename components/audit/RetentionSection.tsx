import { useEffect, useState } from 'preact/hooks';
import { applyPurge, previewPurge, type PurgeNotice } from '../../lib/retention/apply-purge';
import type { PurgeCandidate } from '../../lib/retention/select';
import { formatLongDate } from '../../lib/i18n/format-date';
import { readSettings } from '../../lib/settings/settings';
import type { CocreateDb } from '../../lib/storage/db';

interface Props {
  db: CocreateDb;
  now: () => Date;
  /** Called after a purge so the figures reload. */
  onPurged: () => void;
  /** Tells open side panels, and the draft's safety copy, about each consultation purged. */
  announce: (notice: PurgeNotice) => void;
}

/**
 * Retention (issue 6): after the practice's number of days since the last
 * review or change, typed text is removed and only the audit row stays. The
 * clinician sees which consultations (by date) and confirms first.
 */
export function RetentionSection({ db, now, onPurged, announce }: Props) {
  const [days, setDays] = useState<number | null>(null);
  const [due, setDue] = useState<PurgeCandidate[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');

  const refresh = async () => {
    const settings = await readSettings(db);
    setDays(settings.retentionDays);
    setDue(await previewPurge(db, settings.retentionDays, now()));
  };
  useEffect(() => void refresh(), [db]);

  const purge = async () => {
    if (days === null) return;
    const purged = await applyPurge(db, due, days, now());
    for (const notice of purged) announce(notice);
    const count = purged.length;
    setConfirming(false);
    // The list is re-read first, so the message never sits beside a list that still shows what went.
    await refresh();
    setMessage(`Removed the typed text from ${count} ${count === 1 ? 'consultation' : 'consultations'}.`);
    onPurged();
  };

  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title">Old consultation text</h2>
      <p>
        Typed text is kept for {days ?? '…'} days after the last review or change (set in Settings). After
        that it is removed; the figures above stay.
      </p>
      {message ? <p role="status">{message}</p> : null}
      {due.length === 0 ? (
        <p>Nothing is due for removal.</p>
      ) : (
        <>
          <p>
            {due.length} {due.length === 1 ? 'consultation is' : 'consultations are'} due:
          </p>
          <ul class="retention-list">
            {due.map((c) => (
              <li key={c.id}>
                Started {formatLongDate(c.createdAt)}, last reviewed or changed{' '}
                {formatLongDate(c.lastActivity)}
              </li>
            ))}
          </ul>
          {confirming ? (
            <div class="button-row" role="group" aria-label="Confirm removal">
              <button type="button" class="danger" onClick={() => void purge()}>
                Yes, remove the text now
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Not now
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Remove text from {due.length} {due.length === 1 ? 'consultation' : 'consultations'}…
            </button>
          )}
        </>
      )}
    </section>
  );
}
