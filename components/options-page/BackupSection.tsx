import { useState } from 'preact/hooks';
import { decryptBackup, encryptBackup, isEncryptedBackup } from '../../lib/backup/encrypted-backup';
import { normalisePassphrase, passphraseProblem as weakness } from '../../lib/backup/passphrase-rule';
import { backupFileName, exportBackup } from '../../lib/backup/export-backup';
import { checkBackup, describeBackup, type CheckedBackup } from '../../lib/backup/read-backup';
import { restoreBackup } from '../../lib/backup/restore-backup';
import type { CocreateDb } from '../../lib/storage/db';
import { downloadBlob } from './download-blob';
import { PassphraseFields } from './PassphraseFields';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'locked'; text: string; fileName: string }
  | { kind: 'confirm'; backup: CheckedBackup; fileName: string };

export interface BackupSectionProps {
  db: CocreateDb;
  now: () => Date;
  /** Lets the page re-read what a restore replaced (settings). */
  onRestored: () => Promise<void>;
  /** The practice requires every backup to be encrypted (managed policy). */
  requireEncryption?: boolean;
}

const UNREADABLE = 'The file could not be read. Nothing was changed.';
/** The practice's policy covers restores too: an unencrypted file may have been read on its way. */
const UNENCRYPTED_REFUSED =
  'Your practice requires encrypted backups, and this file is not encrypted, so it was not restored. Nothing was changed.';

/** Back up everything to one file, optionally sealed with a passphrase, and restore it (docs/privacy.md, "Backups"). */
export function BackupSection({ db, now, onRestored, requireEncryption = false }: BackupSectionProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [unlock, setUnlock] = useState('');
  const encrypting = requireEncryption || passphrase !== '';
  const passphraseProblem = !encrypting
    ? ''
    : weakness(passphrase) ||
      (normalisePassphrase(passphrase) !== normalisePassphrase(repeat)
        ? 'The two passphrases are not the same.'
        : '');

  async function backUp() {
    if (passphraseProblem) {
      setStep({ kind: 'refused', message: passphraseProblem });
      return;
    }
    setStep({ kind: 'busy', what: encrypting ? 'Making and encrypting the backup…' : 'Making the backup…' });
    const fileName = backupFileName(now());
    try {
      const plain = await exportBackup(db);
      const blob = encrypting
        ? new Blob([await encryptBackup(await plain.text(), passphrase)], { type: 'application/json' })
        : plain;
      downloadBlob(document, blob, fileName);
      setPassphrase('');
      setRepeat('');
      setStep({
        kind: 'done',
        message: `Backup saved to your downloads as ${fileName}${encrypting ? ', encrypted: keep the passphrase apart from the file' : ''}.`,
      });
    } catch {
      setStep({
        kind: 'refused',
        message: 'The backup could not be made. Try again; if it keeps failing, restart the browser.',
      });
    }
  }

  function check(text: string, fileName: string) {
    const result = checkBackup(text, { name: db.name, version: db.verno });
    setStep(
      result.ok
        ? { kind: 'confirm', backup: result.backup, fileName }
        : { kind: 'refused', message: result.message },
    );
  }

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStep({ kind: 'busy', what: 'Checking the backup…' });
    try {
      const text = await file.text();
      if (requireEncryption && !isEncryptedBackup(text)) {
        setStep({ kind: 'refused', message: UNENCRYPTED_REFUSED });
      } else if (isEncryptedBackup(text)) {
        setUnlock('');
        setStep({ kind: 'locked', text, fileName: file.name });
      } else check(text, file.name);
    } catch {
      setStep({ kind: 'refused', message: UNREADABLE });
    }
  }

  async function open(text: string, fileName: string) {
    setStep({ kind: 'busy', what: 'Opening the backup…' });
    try {
      const opened = await decryptBackup(text, unlock);
      setUnlock('');
      if (opened.ok) check(opened.text, fileName);
      else setStep({ kind: 'refused', message: opened.message });
    } catch {
      setStep({ kind: 'refused', message: UNREADABLE });
    }
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
        A backup holds everything Cocreate keeps on this PC: settings, option grids, consultations, copies of
        plans given and the PDSA log. It contains patient notes: encrypt it with a passphrase, and keep it
        where your practice keeps confidential files.
      </p>
      <PassphraseFields
        required={requireEncryption}
        passphrase={passphrase}
        repeat={repeat}
        onPassphrase={setPassphrase}
        onRepeat={setRepeat}
      />
      <button type="button" onClick={() => void backUp()} disabled={step.kind === 'busy'}>
        {encrypting ? 'Download an encrypted backup' : 'Download a backup'}
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
      {step.kind === 'locked' && (
        <form
          autocomplete="off"
          class="options-confirm"
          aria-label="Open the encrypted backup"
          onSubmit={(event) => {
            event.preventDefault();
            void open(step.text, step.fileName);
          }}
        >
          <div class="field">
            <label class="field__label" for="unlock-passphrase">
              Passphrase for {step.fileName}
            </label>
            <input
              autocomplete="off"
              id="unlock-passphrase"
              type="password"
              value={unlock}
              onInput={(event) => setUnlock(event.currentTarget.value)}
            />
          </div>
          <button type="submit" data-variant="primary">
            Open the backup
          </button>{' '}
          <button type="button" onClick={() => setStep({ kind: 'idle' })}>
            Cancel
          </button>
        </form>
      )}
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
