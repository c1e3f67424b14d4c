import { useState } from 'preact/hooks';
import { backupFileName, exportBackup } from '../../lib/backup/export-backup';
import { checkBackup, describeBackup, type CheckedBackup } from '../../lib/backup/read-backup';
import { restoreBackup } from '../../lib/backup/restore-backup';
import type { CocreateDb } from '../../lib/storage/db';
import { downloadBlob } from './download-blob';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'confirm'; backup: CheckedBackup; fileName: string };

export interface BackupSectionProps {
  db: CocreateDb;
  now: () => Date;
  /** Lets the page re-read what a restore replaced (settings). */
  onRestored: () => Promise<void>;
}

/** Back up everything to one file, and restore it here or on another PC (issue 7). */
export function BackupSection({ db, now, onRestored }: BackupSectionProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  async function backUp() {
    setStep({ kind: 'busy', what: 'Making the backup…' });
    const fileName = backupFileName(now());
    try {
      downloadBlob(document, await exportBackup(db), fileName);
      setStep({ kind: 'done', message: `Backup saved to your downloads as ${fileName}.` });
    } catch {
      setStep({
        kind: 'refused',
        message: 'The backup could not be made. Try again; if it keeps failing, restart the browser.',
      });
    }
  }

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStep({ kind: 'busy', what: 'Checking the backup…' });
    const check = checkBackup(await file.text(), { name: db.name, version: db.verno });
    setStep(
      check.ok
        ? { kind: 'confirm', backup: check.backup, fileName: file.name }
        : { kind: 'refused', message: check.message },
    );
  }

  async function replace(backup: CheckedBackup) {
    setStep({ kind: 'busy', what: 'Restoring…' });
    try {
      await restoreBackup(db, backup);
      await onRestored();
      setStep({
        kind: 'done',
        message: `Restored ${describeBackup(backup)}. Close and reopen the Cocreate sidebar to see them.`,
      });
    } catch {
      setStep({
        kind: 'refused',
        message: 'The restore could not be finished, so nothing was changed. Your data is as it was.',
      });
    }
  }

  return (
    <section class="options-section" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>
        A backup holds everything Cocreate keeps on this PC: settings, option grids, consultations, plans and
        the PDSA log. It contains patient notes: keep it where your practice keeps confidential files.
      </p>
      <button type="button" onClick={() => void backUp()} disabled={step.kind === 'busy'}>
        Download a backup
      </button>
      <div class="field">
        <label class="field__label" for="restore-file">
          Restore from a backup file
        </label>
        <span class="field__hint" id="restore-file-hint">
          The file is checked first. Nothing changes until you confirm.
        </span>
        <input
          autocomplete="off"
          id="restore-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="restore-file-hint"
          disabled={step.kind === 'busy'}
          onChange={(event) => void chooseFile(event.currentTarget)}
        />
      </div>
      {step.kind === 'confirm' && (
        <div class="options-confirm" role="group" aria-labelledby="restore-confirm-text">
          <p id="restore-confirm-text">
            {step.fileName} holds {describeBackup(step.backup)}. Restoring replaces all Cocreate data on this
            PC with the backup. This cannot be undone.
          </p>
          <button type="button" data-variant="primary" onClick={() => void replace(step.backup)}>
            Replace my data with this backup
          </button>{' '}
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      <p class={`save-status${step.kind === 'refused' ? ' save-status--error' : ''}`} role="status">
        {step.kind === 'busy' && step.what}
        {step.kind === 'done' && step.message}
        {step.kind === 'refused' && step.message}
      </p>
    </section>
  );
}
