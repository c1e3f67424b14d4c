import { useEffect, useState } from 'preact/hooks';
import { formatLongDate } from '../../lib/i18n/format-date';
import { previewPurge, type PurgeFailure } from '../../lib/retention/apply-purge';
import type { RetentionRun } from '../../lib/domain/retention-run';
import { runRetention, type RetentionDeps } from '../../lib/retention/run-retention';
import type { PurgeCandidate } from '../../lib/retention/select';
import type { Settings } from '../../lib/settings/settings';
import { recentRetentionRuns } from '../../lib/storage/retention-runs';
import { RetentionRuns } from './RetentionRuns';

interface Props {
  retention: RetentionDeps;
  /** This PC's settings with the practice's central values over them. */
  readSettings: () => Promise<Settings>;
  /** Called after a purge so the figures reload. */
  onPurged: () => void;
}

/**
 * Retention (docs/privacy.md, "For how long"): after the practice's number of days since the last
 * review or change, and never before a plan's follow-up date plus 90 days,
 * typed text is removed and only the audit row stays. The clinician sees which
 * consultations (by date) and confirms first, unless the practice has set
 * removal to run by itself.
 */
export function RetentionSection({ retention, readSettings, onPurged }: Props) {
  const { db, now } = retention;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [due, setDue] = useState<PurgeCandidate[]>([]);
  const [runs, setRuns] = useState<RetentionRun[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [failures, setFailures] = useState<PurgeFailure[]>([]);

  const refresh = async () => {
    const read = await readSettings();
    setSettings(read);
    setDue(await previewPurge(db, read.retentionDays, now()));
    setRuns(await recentRetentionRuns(db, 10));
  };
  useEffect(() => void refresh(), [db]);

  const purge = async () => {
    if (!settings) return;
    setMessage('Removing…');
    const outcome = await runRetention(retention, settings.retentionDays, {
      automatic: false,
      candidates: due,
    });
    const count = outcome.notices.length;
    setConfirming(false);
    setFailures(outcome.failures);
    // The list is re-read first, so the message never sits beside a list that still shows what went.
    await refresh();
    setMessage(
      `Removed the typed text from ${count} ${count === 1 ? 'consultation' : 'consultations'}.` +
        (outcome.rebuilt || count === 0
          ? ''
          : ' The browser’s storage could not be rewritten this time; it will be tried again.'),
    );
    onPurged();
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
      <RetentionRuns runs={runs} />
    </section>
  );
}
