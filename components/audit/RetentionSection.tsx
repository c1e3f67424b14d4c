import '@preact/signals';
import { useState } from 'preact/hooks';
import type { RetentionReviewApp } from '../../lib/app/retention-review-app';
import { formatLongDate } from '../../lib/i18n/format-date';
import type { PurgeFailure } from '../../lib/retention/apply-purge';
import { RetentionRuns } from './RetentionRuns';

/**
 * Retention (docs/privacy.md, "For how long"): after the practice's number of days since the last
 * review or change, and never before a plan's follow-up date plus 90 days,
 * typed text is removed and only the audit row stays. The clinician sees which
 * consultations (by date) and confirms first, unless the practice has set
 * removal to run by itself.
 */
export function RetentionSection({ retention }: { retention: RetentionReviewApp }) {
  const settings = retention.settings.value;
  const due = retention.due.value;
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [failures, setFailures] = useState<readonly PurgeFailure[]>([]);

  const purge = async () => {
    if (!settings) return;
    setMessage('Removing…');
    // The model re-reads the list first, so the message never sits beside a list that still shows what went.
    const outcome = await retention.removeDueText();
    if (!outcome) return;
    const count = outcome.notices.length;
    setConfirming(false);
    setFailures(outcome.failures);
    setMessage(
      `Removed the typed text from ${count} ${count === 1 ? 'consultation' : 'consultations'}.` +
        (outcome.rebuilt || count === 0
          ? ''
          : ' The browser’s storage could not be rewritten this time; it will be tried again.'),
    );
  };

  const days = settings?.retentionDays;
  return (
    <section aria-labelledby="retention-title">
      <h2 id="retention-title">Old consultation text</h2>
      <p>
        Typed text is kept for {days ?? '…'} days after the last review or change (set in Settings), and never
        removed before a plan’s follow-up date plus 90 days. After that it is removed; the figures above stay.
        {settings?.autoPurge ? ' Your practice has set this to happen by itself when the sidebar opens.' : ''}
      </p>
      {message ? <p role="status">{message}</p> : null}
      {failures.length > 0 ? (
        <div role="alert">
          <p>
            The text of {failures.length} {failures.length === 1 ? 'consultation' : 'consultations'} could not
            be removed. The others were.
          </p>
          <ul>
            {failures.map((f) => (
              <li key={f.consultationId}>
                Started {formatLongDate(f.createdAt)}: {f.reason}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
      <RetentionRuns runs={retention.runs.value} />
    </section>
  );
}
