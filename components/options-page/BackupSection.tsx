import '@preact/signals';
import type { BackupApp } from '../../lib/app/backup-app';
import { PassphraseFields } from './PassphraseFields';

export interface BackupSectionProps {
  /** The options page's backup model (lib/app/backup-app.ts). */
  backup: BackupApp;
}

/** Back up everything to one file, optionally sealed with a passphrase, and restore it (docs/privacy.md, "Backups"). */
export function BackupSection({ backup }: BackupSectionProps) {
  const step = backup.step.value;
  const busy = backup.busy.value;

  function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a change the page hears.
    input.value = '';
    if (file) void backup.readFile(file);
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
        required={backup.requireEncryption.value}
        passphrase={backup.passphrase.value}
        repeat={backup.repeat.value}
        onPassphrase={backup.setPassphrase}
        onRepeat={backup.setRepeat}
      />
      <button type="button" onClick={() => void backup.exportBackup()} disabled={busy}>
        {backup.encrypting.value ? 'Download an encrypted backup' : 'Download a backup'}
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
          disabled={busy}
          onChange={(event) => chooseFile(event.currentTarget)}
        />
      </div>
      {step.kind === 'locked' && (
        <form
          autocomplete="off"
          class="options-confirm"
          aria-label="Open the encrypted backup"
          onSubmit={(event) => {
            event.preventDefault();
            void backup.open();
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
              value={backup.unlock.value}
              onInput={(event) => backup.setUnlock(event.currentTarget.value)}
            />
          </div>
          <button type="submit" data-variant="primary">
            Open the backup
          </button>{' '}
          <button type="button" onClick={backup.cancel}>
            Cancel
          </button>
        </form>
      )}
      {step.kind === 'confirm' && (
        <div class="options-confirm" role="group" aria-labelledby="restore-confirm-text">
          <p id="restore-confirm-text">
            {step.fileName} holds {step.description}. Restoring replaces all Cocreate data on this PC with the
            backup. This cannot be undone.
          </p>
          <button type="button" data-variant="primary" onClick={() => void backup.restore()}>
            Replace my data with this backup
          </button>{' '}
          <button type="button" onClick={backup.cancel}>
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
