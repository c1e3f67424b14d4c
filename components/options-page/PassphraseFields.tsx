import { MIN_PASSPHRASE_LENGTH } from '../../lib/backup/encrypted-backup';

interface Props {
  required: boolean;
  passphrase: string;
  repeat: string;
  onPassphrase: (value: string) => void;
  onRepeat: (value: string) => void;
}

/** The passphrase that encrypts a backup, typed twice (docs/privacy.md, "Backups"). */
export function PassphraseFields({ required, passphrase, repeat, onPassphrase, onRepeat }: Props) {
  return (
    <div class="field">
      <label class="field__label" for="backup-passphrase">
        {required
          ? 'Passphrase for the backup (your practice requires one)'
          : 'Passphrase for the backup (optional)'}
      </label>
      <span class="field__hint" id="backup-passphrase-hint">
        At least {MIN_PASSPHRASE_LENGTH} characters, with three or more words (or capitals, small letters,
        digits and symbols). Without it the backup cannot be opened: it is never stored.
      </span>
      <input
        autocomplete="off"
        id="backup-passphrase"
        type="password"
        aria-describedby="backup-passphrase-hint"
        value={passphrase}
        onInput={(event) => onPassphrase(event.currentTarget.value)}
      />
      <label class="field__label" for="backup-passphrase-repeat">
        Type the passphrase again
      </label>
      <input
        autocomplete="off"
        id="backup-passphrase-repeat"
        type="password"
        value={repeat}
        onInput={(event) => onRepeat(event.currentTarget.value)}
      />
    </div>
  );
}
