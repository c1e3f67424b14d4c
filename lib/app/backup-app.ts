import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { decryptBackup, encryptBackup, isEncryptedBackup } from '../backup/encrypted-backup';
import { normalisePassphrase, passphraseProblem } from '../backup/passphrase-rule';
import { checkBackup, describeBackup, type CheckedBackup } from '../backup/read-backup';
import { restoreBackup } from '../backup/restore-backup';
import type { CocreateDb } from '../storage/db';

export interface BackupAppDeps {
  db: CocreateDb;
  /** The time now, for the backup's file name. */
  now: () => Date;
  /** Saves the file through the browser's own download. */
  download: (blob: Blob, fileName: string) => void;
  /**
   * The practice requires every backup to be encrypted (managed policy). Read inside a `computed`, so
   * a signal it reads keeps the section in step with the policy.
   */
  requireEncryption: () => boolean;
  /** Lets the page re-read what a restore replaced (settings). */
  onRestored: () => Promise<void>;
}

/** What the section shows: each message is a plain sentence, shown as it is. */
export type BackupStep =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'locked'; fileName: string }
  | { kind: 'confirm'; fileName: string; description: string };

/** A chosen file: a browser `File` has both. */
export interface BackupFile {
  name: string;
  text: () => Promise<string>;
}

/**
 * The options page's backup and restore (docs/privacy.md, "Backups"): a backup is made, sealed when
 * a passphrase is given, and downloaded; a chosen file is checked (and opened, when encrypted)
 * before anything is written, and replaces the data only when confirmed. Views read these signals
 * and call the commands (docs/architecture.md, "Views and their application model").
 */
export interface BackupApp {
  step: ReadonlySignal<BackupStep>;
  busy: ReadonlySignal<boolean>;
  requireEncryption: ReadonlySignal<boolean>;
  /** The passphrase for a new backup, typed twice. */
  passphrase: ReadonlySignal<string>;
  repeat: ReadonlySignal<string>;
  /** True when the next backup will be encrypted. */
  encrypting: ReadonlySignal<boolean>;
  /** The passphrase typed to open an encrypted file. */
  unlock: ReadonlySignal<string>;
  /** How many restores finished: the page shows the restored settings afresh when it changes. */
  restores: ReadonlySignal<number>;
  setPassphrase: (value: string) => void;
  setRepeat: (value: string) => void;
  setUnlock: (value: string) => void;
  /** Makes the backup and downloads it, sealed with the passphrase when there is one. */
  exportBackup: () => Promise<void>;
  /** Reads and checks a chosen file; nothing is written. */
  readFile: (file: BackupFile) => Promise<void>;
  /** Opens the encrypted file with the passphrase typed in `unlock`, then checks it. */
  open: () => Promise<void>;
  /** Replaces the data with the checked backup, once confirmed. */
  restore: () => Promise<void>;
  /** Leaves the chosen file without touching anything. */
  cancel: () => void;
}

const UNREADABLE = 'The file could not be read. Nothing was changed.';
/** The practice's policy covers restores too: an unencrypted file may have been read on its way. */
const UNENCRYPTED_REFUSED =
  'Your practice requires encrypted backups, and this file is not encrypted, so it was not restored. Nothing was changed.';

const refused = (message: string): BackupStep => ({ kind: 'refused', message });
const busyWith = (what: string): BackupStep => ({ kind: 'busy', what });

export function createBackupApp(deps: BackupAppDeps): BackupApp {
  const step = signal<BackupStep>({ kind: 'idle' });
  const passphrase = signal('');
  const repeat = signal('');
  const unlock = signal('');
  const restores = signal(0);
  const requireEncryption = computed(deps.requireEncryption);
  const encrypting = computed(() => requireEncryption.value || passphrase.value !== '');
  const busy = computed(() => step.value.kind === 'busy');
  /** The file waiting for its passphrase, or the checked backup waiting for confirmation. */
  let lockedText = '';
  let checked: CheckedBackup | null = null;

  const leave = () => {
    lockedText = '';
    checked = null;
  };

  const problemWithPassphrase = () =>
    !encrypting.value
      ? ''
      : passphraseProblem(passphrase.value) ||
        (normalisePassphrase(passphrase.value) !== normalisePassphrase(repeat.value)
          ? 'The two passphrases are not the same.'
          : '');

  const check = (text: string, fileName: string) => {
    const result = checkBackup(text, { name: deps.db.name, version: deps.db.verno });
    if (!result.ok) {
      step.value = refused(result.message);
      return;
    }
    checked = result.backup;
    step.value = { kind: 'confirm', fileName, description: describeBackup(result.backup) };
  };

  return {
    step,
    busy,
    requireEncryption,
    passphrase,
    repeat,
    encrypting,
    unlock,
    restores,
    setPassphrase(value) {
      passphrase.value = value;
    },
    setRepeat(value) {
      repeat.value = value;
    },
    setUnlock(value) {
      unlock.value = value;
    },

    async exportBackup() {
      if (busy.value) return;
      const problem = problemWithPassphrase();
      if (problem) {
        step.value = refused(problem);
        return;
      }
      const sealWith = encrypting.value ? passphrase.value : null;
      step.value = busyWith(sealWith === null ? 'Making the backup…' : 'Making and encrypting the backup…');
      const now = deps.now();
      try {
        // dexie-export-import reads `self` as it loads and only making a backup needs it: loaded
        // then, so neither the page's first load nor a test without a DOM carries it.
        const { backupFileName, exportBackup } = await import('../backup/export-backup');
        const fileName = backupFileName(now);
        const plain = await exportBackup(deps.db);
        const blob =
          sealWith === null
            ? plain
            : new Blob([await encryptBackup(await plain.text(), sealWith)], { type: 'application/json' });
        deps.download(blob, fileName);
        passphrase.value = '';
        repeat.value = '';
        step.value = {
          kind: 'done',
          message: `Backup saved to your downloads as ${fileName}${sealWith === null ? '' : ', encrypted: keep the passphrase apart from the file'}.`,
        };
      } catch {
        step.value = refused(
          'The backup could not be made. Try again; if it keeps failing, restart the browser.',
        );
      }
    },

    async readFile(file) {
      if (busy.value) return;
      leave();
      step.value = busyWith('Checking the backup…');
      try {
        const text = await file.text();
        const encrypted = isEncryptedBackup(text);
        if (requireEncryption.value && !encrypted) {
          step.value = refused(UNENCRYPTED_REFUSED);
        } else if (encrypted) {
          lockedText = text;
          unlock.value = '';
          step.value = { kind: 'locked', fileName: file.name };
        } else check(text, file.name);
      } catch {
        step.value = refused(UNREADABLE);
      }
    },

    async open() {
      const current = step.value;
      if (current.kind !== 'locked') return;
      const text = lockedText;
      leave();
      step.value = busyWith('Opening the backup…');
      try {
        const opened = await decryptBackup(text, unlock.value);
        unlock.value = '';
        if (opened.ok) check(opened.text, current.fileName);
        else step.value = refused(opened.message);
      } catch {
        step.value = refused(UNREADABLE);
      }
    },

    async restore() {
      const backup = checked;
      if (step.value.kind !== 'confirm' || !backup) return;
      leave();
      step.value = busyWith('Restoring…');
      try {
        await restoreBackup(deps.db, backup);
        await deps.onRestored();
        restores.value += 1;
        step.value = {
          kind: 'done',
          message: `Restored ${describeBackup(backup)}. Close and reopen the Cocreate sidebar to see them.`,
        };
      } catch {
        step.value = refused(
          'The restore could not be finished, so nothing was changed. Your data is as it was.',
        );
      }
    },

    cancel() {
      leave();
      unlock.value = '';
      step.value = { kind: 'idle' };
    },
  };
}
