import { describe, expect, it } from 'vitest';
import type { ReadEarlierPlan } from '../../../lib/continuity/earlier-plan-summary';
import { signText, verifyText } from '../../../lib/continuity/practice-signature';
import { MIN_SIGNING_KEY_CHARS, usableSigningKey } from '../../../lib/settings/signing-key';
import { readSummaryBlock } from '../../../lib/continuity/read-summary-block';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { readFhirBundle } from '../../../lib/export/read-fhir-bundle';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../plan/consultations';

const KEY = 'practice-key-0123456789-abcdefghij-KLMNOP';
const OTHER = 'other-practice-key-9876543210-zyxwvutsrq';

const note = (key?: string) =>
  planToPlainText(buildClinicianNote(complete(), { ...context(), signingKey: key }));
const bundle = (key?: string) =>
  JSON.stringify(buildFhirBundle(complete(), { ...context(), signingKey: key }));
/** The note with its summary block's confidence changed by hand (the note above the block untouched). */
const editBlock = (text: string) => {
  const at = text.indexOf('Cocreate summary (format 2)');
  const edited = text.slice(0, at) + text.slice(at).replace('Confidence: 8/10', 'Confidence: 9/10');
  expect(edited).not.toBe(text);
  return edited;
};
const signatureOf = (read: ReadEarlierPlan) => (read.ok ? read.summary.signature : read.error);
const integrityOf = (read: ReadEarlierPlan) => (read.ok ? read.summary.integrity : read.error);

describe('the practice signature (HMAC-SHA-256 under the key set by policy)', () => {
  it('gives the same bytes as WebCrypto’s HMAC, so any implementation of the standard verifies it', async () => {
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(KEY),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('Goal: walk'));
    const hex = [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(signText(KEY, 'Goal: walk')).toBe(hex);
  });

  it('verifies with the right key only, and not over changed text or a cut-down signature', () => {
    const sig = signText(KEY, 'text');
    expect(verifyText(KEY, 'text', sig)).toBe('this-practice');
    expect(verifyText(KEY, 'text', sig.slice(0, 32))).toBe('this-practice');
    expect(verifyText(OTHER, 'text', sig)).toBe('not-this-practice');
    expect(verifyText(KEY, 'texT', sig)).toBe('not-this-practice');
    expect(verifyText(KEY, 'text', sig.slice(0, 8))).toBe('not-this-practice');
    expect(verifyText(KEY, 'text', '')).toBe('not-this-practice');
  });

  it('uses a policy key only when it is long enough to be a secret', () => {
    expect(usableSigningKey('x'.repeat(MIN_SIGNING_KEY_CHARS - 1))).toBe('');
    expect(usableSigningKey(`  ${KEY}  `)).toBe(KEY);
    expect(usableSigningKey(42)).toBe('');
  });
});

describe('the summary block with a practice key', () => {
  it('carries the signature on its check line, and reads back as signed by this practice', () => {
    expect(note(KEY)).toMatch(/\nCheck: [0-9a-f]{16} signed [0-9a-f]{32}\n/);
    const read = readSummaryBlock(note(KEY), KEY);
    expect(signatureOf(read)).toBe('this-practice');
    expect(integrityOf(read)).toBe('intact');
  });

  it('is not signed by this practice when signed with another key, edited, or unsigned', () => {
    expect(signatureOf(readSummaryBlock(note(OTHER), KEY))).toBe('not-this-practice');
    const edited = editBlock(note(KEY));
    expect(signatureOf(readSummaryBlock(edited, KEY))).toBe('not-this-practice');
    // Where the practice has a key, an unsigned block is not one of its own.
    expect(signatureOf(readSummaryBlock(note(), KEY))).toBe('not-this-practice');
  });

  it('without a key reads as before: no signature asked, and the hash check still holds', () => {
    const read = readSummaryBlock(note(KEY));
    expect(read.ok && 'signature' in read.summary).toBe(false);
    expect(integrityOf(read)).toBe('intact');
    const edited = editBlock(note(KEY));
    expect(integrityOf(readSummaryBlock(edited))).toBe('edited');
    expect(note()).toMatch(/\nCheck: [0-9a-f]{16}\n/);
  });
});

describe('the FHIR bundle with a practice key', () => {
  it('carries the signature as a meta tag, and reads back as signed by this practice', () => {
    expect(bundle(KEY)).toContain('"urn:cocreate:signature"');
    const read = readFhirBundle(bundle(KEY), KEY);
    expect(signatureOf(read)).toBe('this-practice');
    expect(integrityOf(read)).toBe('intact');
  });

  it('is not signed by this practice when signed with another key, edited, or unsigned', () => {
    expect(signatureOf(readFhirBundle(bundle(OTHER), KEY))).toBe('not-this-practice');
    const edited = bundle(KEY).replace('Walk to the allotment', 'Run to the allotment');
    expect(edited).not.toBe(bundle(KEY));
    expect(signatureOf(readFhirBundle(edited, KEY))).toBe('not-this-practice');
    expect(signatureOf(readFhirBundle(bundle(), KEY))).toBe('not-this-practice');
  });

  it('without a key reads as before: no signature asked, and the hash check still holds', () => {
    const read = readFhirBundle(bundle(KEY));
    expect(read.ok && 'signature' in read.summary).toBe(false);
    expect(integrityOf(read)).toBe('intact');
    expect(bundle()).not.toContain('urn:cocreate:signature');
  });
});
