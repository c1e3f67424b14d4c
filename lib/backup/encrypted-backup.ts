import { normalisePassphrase } from './passphrase-rule';

/**
 * An encrypted backup file (docs/privacy.md, "Backups"): the backup's JSON
 * sealed with AES-GCM under a key derived from the clinician's passphrase by
 * PBKDF2-SHA-256 with a random salt. Every parameter needed to open it is in
 * the file, and the header is bound to the ciphertext as additional data, so
 * a changed parameter fails like a changed byte. WebCrypto only: nothing here
 * is home-made cryptography.
 */
export const ENCRYPTED_FORMAT = 'cocreate-encrypted-backup';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PBKDF2_ITERATIONS = 600_000;
/** A file asking for fewer is refused (weak), or for more (a file that hangs the page). */
const ITERATIONS_RANGE = { min: 100_000, max: 10_000_000 } as const;
export { MIN_PASSPHRASE_LENGTH } from './passphrase-rule';

interface EncryptedHeader {
  format: typeof ENCRYPTED_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string; tagLength: 128 };
}
interface EncryptedFile extends EncryptedHeader {
  data: string;
}

export const WRONG_PASSPHRASE =
  'This backup could not be opened: the passphrase is wrong, or the file was changed after it was made. Nothing was changed.';
const NOT_ENCRYPTED_BACKUP =
  'This file is not a Cocreate backup, or it is damaged (perhaps cut short while copying). Nothing was changed.';

export type Opened = { ok: true; text: string } | { ok: false; message: string };

/** Seals the backup text; `iterations` is lowered only by tests. */
export async function encryptBackup(
  plain: string,
  passphrase: string,
  crypto: Crypto = globalThis.crypto,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: EncryptedHeader = {
    format: ENCRYPTED_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv), tagLength: 128 },
  };
  const key = await deriveKey(crypto, passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, tagLength: 128, additionalData: headerBytes(header) },
    key,
    new TextEncoder().encode(plain),
  );
  const file: EncryptedFile = { ...header, data: toBase64(new Uint8Array(sealed)) };
  return JSON.stringify(file);
}

/** True when the text is an encrypted Cocreate backup (so the page asks for the passphrase). */
export function isEncryptedBackup(text: string): boolean {
  return readHeader(text) !== null;
}

/** Opens a sealed backup; a wrong passphrase and a tampered file get the same plain refusal. */
export async function decryptBackup(
  text: string,
  passphrase: string,
  crypto: Crypto = globalThis.crypto,
): Promise<Opened> {
  const file = readHeader(text);
  if (!file) return { ok: false, message: NOT_ENCRYPTED_BACKUP };
  try {
    const salt = fromBase64(file.kdf.salt);
    const iv = fromBase64(file.cipher.iv);
    const key = await deriveKey(crypto, passphrase, salt, file.kdf.iterations);
    const header: EncryptedHeader = {
      format: file.format,
      version: file.version,
      kdf: file.kdf,
      cipher: file.cipher,
    };
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, tagLength: 128, additionalData: headerBytes(header) },
      key,
      fromBase64(file.data),
    );
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, message: WRONG_PASSPHRASE };
  }
}

async function deriveKey(
  crypto: Crypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalisePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The header in one fixed key order, so the bytes bound to the ciphertext never depend on the file's layout. */
function headerBytes(h: EncryptedHeader): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(
    JSON.stringify([
      h.format,
      h.version,
      h.kdf.name,
      h.kdf.hash,
      h.kdf.iterations,
      h.kdf.salt,
      h.cipher.name,
      h.cipher.iv,
      h.cipher.tagLength,
    ]),
  );
}

function readHeader(text: string): EncryptedFile | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const f = json as Partial<EncryptedFile> | null;
  if (
    typeof f !== 'object' ||
    f === null ||
    f.format !== ENCRYPTED_FORMAT ||
    f.version !== 1 ||
    f.kdf?.name !== 'PBKDF2' ||
    f.kdf.hash !== 'SHA-256' ||
    typeof f.kdf.salt !== 'string' ||
    !Number.isInteger(f.kdf.iterations) ||
    f.kdf.iterations < ITERATIONS_RANGE.min ||
    f.kdf.iterations > ITERATIONS_RANGE.max ||
    f.cipher?.name !== 'AES-GCM' ||
    f.cipher.tagLength !== 128 ||
    typeof f.cipher.iv !== 'string' ||
    typeof f.data !== 'string'
  )
    return null;
  return f as EncryptedFile;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
