import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * Whether a block or bundle was signed with this practice's key, asked only where a key is set by
 * policy; without one, only the hash check applies (docs/continuity.md, "Practice signature").
 */
export type PracticeSignature = 'this-practice' | 'not-this-practice';

/** Hex digits of the HMAC kept in the block: 128 bits, well beyond guessing, short enough to read past. */
export const SIGNATURE_HEX = 32;

/**
 * HMAC-SHA-256 of `text` under the practice's key, as hex. Synchronous (@noble/hashes), so the
 * plan's outputs are signed when the document is built, with the same bytes WebCrypto's HMAC gives
 * (tests/unit/continuity/practice-signature.test.ts checks the two agree).
 */
export function signText(key: string, text: string): string {
  return bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(text)));
}

/** Compares every character, so the time taken says nothing about how much of a forgery matched. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** 'this-practice' only when `signature` (full or cut to its first hex digits) is the key's HMAC of `text`. */
export function verifyText(key: string, text: string, signature: string | undefined): PracticeSignature {
  const given = (signature ?? '').toLowerCase();
  if (given.length < SIGNATURE_HEX) return 'not-this-practice';
  return sameHex(signText(key, text).slice(0, given.length), given) ? 'this-practice' : 'not-this-practice';
}
