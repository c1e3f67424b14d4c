import { describe, expect, it } from 'vitest';
import {
  decryptBackup,
  encryptBackup,
  isEncryptedBackup,
  WRONG_PASSPHRASE,
} from '../../../lib/backup/encrypted-backup';

const PLAIN = '{"formatName":"dexie","data":"Walking to the allotment"}';
const PASS = 'correct horse battery staple';
// The lowest count a file may ask for: fast enough for a unit test.
const FAST = 100_000;

/** The parts of an encrypted backup file these tests tamper with. */
interface SealedFile {
  data: string;
  kdf: { salt: string; iterations: number };
  cipher: { iv: string };
}

describe('encrypted backups', () => {
  it('round-trips, with every parameter in the file and no readable text', async () => {
    const sealed = await encryptBackup(PLAIN, PASS, crypto, FAST);
    expect(sealed).not.toContain('allotment');
    expect(JSON.parse(sealed)).toMatchObject({
      format: 'cocreate-encrypted-backup',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST },
      cipher: { name: 'AES-GCM', tagLength: 128 },
    });
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(isEncryptedBackup(PLAIN)).toBe(false);
    expect(await decryptBackup(sealed, PASS)).toEqual({ ok: true, text: PLAIN });
  });

  it('uses a fresh salt and nonce every time', async () => {
    const [a, b] = await Promise.all([
      encryptBackup(PLAIN, PASS, crypto, FAST),
      encryptBackup(PLAIN, PASS, crypto, FAST),
    ]);
    const [fa, fb] = [JSON.parse(a), JSON.parse(b)] as { kdf: { salt: string }; cipher: { iv: string } }[];
    expect(fa!.kdf.salt).not.toBe(fb!.kdf.salt);
    expect(fa!.cipher.iv).not.toBe(fb!.cipher.iv);
  });

  it('refuses a wrong passphrase with "Nothing was changed."', async () => {
    const sealed = await encryptBackup(PLAIN, PASS, crypto, FAST);
    expect(await decryptBackup(sealed, 'correct horse battery stapler')).toEqual({
      ok: false,
      message: WRONG_PASSPHRASE,
    });
    expect(WRONG_PASSPHRASE).toMatch(/Nothing was changed\.$/);
  });

  it.each<[string, (file: SealedFile) => void]>([
    ['a changed byte of the data', (f) => (f.data = flipFirstChar(f.data))],
    ['a changed salt', (f) => (f.kdf.salt = flipFirstChar(f.kdf.salt))],
    ['a changed nonce', (f) => (f.cipher.iv = flipFirstChar(f.cipher.iv))],
    ['a changed iteration count', (f) => (f.kdf.iterations = FAST + 1)],
    ['data cut short', (f) => (f.data = f.data.slice(0, 24))],
  ])('refuses a file with %s', async (_name, tamper) => {
    const file = JSON.parse(await encryptBackup(PLAIN, PASS, crypto, FAST)) as SealedFile;
    tamper(file);
    const opened = await decryptBackup(JSON.stringify(file), PASS);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.message).toMatch(/Nothing was changed\.$/);
  });

  it('refuses a file asking for a weak or endless key derivation', async () => {
    for (const iterations of [1, 99_999, 10_000_001]) {
      const file = JSON.parse(await encryptBackup(PLAIN, PASS, crypto, FAST)) as SealedFile;
      file.kdf.iterations = iterations;
      expect(isEncryptedBackup(JSON.stringify(file))).toBe(false);
      expect((await decryptBackup(JSON.stringify(file), PASS)).ok).toBe(false);
    }
  });
});

function flipFirstChar(base64: string): string {
  return (base64[0] === 'A' ? 'B' : 'A') + base64.slice(1);
}
