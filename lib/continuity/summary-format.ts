import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { normaliseNoteText } from './normalise-note-text';
import { SIGNATURE_HEX, signText, verifyText, type PracticeSignature } from './practice-signature';

/**
 * The words of the "Cocreate summary" block at the end of the clinician note
 * (docs/continuity.md). Shared by the writer and the reader so the two cannot
 * drift apart. Keys appear in this order, each once, every time.
 */
export const SUMMARY_FORMAT_VERSION = '2';
/** Blocks written before the block named its patient, status and check: still read, never trusted. */
export const LEGACY_FORMAT_VERSION = '1';
export const SUMMARY_START = 'Cocreate summary';
export const SUMMARY_END = 'End of Cocreate summary';
export const NOT_RECORDED = 'not recorded';
export const NO_TREATMENT = 'no treatment (informed choice)';
export const NO_GRID = 'none';
/** The status line's words: a plan not yet agreed says so in the block itself. */
export const SUMMARY_STATUS = {
  agreed: 'agreed',
  draft: 'draft (not agreed)',
  // Ticked as agreed, but the patient has not decided: read back as an agreed plan with no choice.
  notDecided: 'agreed, not decided yet',
} as const;

export const SUMMARY_KEYS = {
  patientRef: 'Patient ref',
  status: 'Status',
  agreed: 'Date',
  goal: 'Goal',
  firstAction: 'First step',
  chosen: 'Chosen option',
  grid: 'Option grid',
  patientMeasure: 'Own measure',
  clinical: 'Clinical baseline',
  confidence: 'Confidence',
  followUp: 'Follow-up',
  check: 'Check',
} as const;

export type SummaryKey = keyof typeof SUMMARY_KEYS;
export const SUMMARY_KEY_ORDER = Object.keys(SUMMARY_KEYS) as SummaryKey[];

/** Format 1 had no patient, status or check lines, and called the date "Agreed". */
export const LEGACY_KEYS: Record<SummaryKey, string> = { ...SUMMARY_KEYS, agreed: 'Agreed' };
export const LEGACY_KEY_ORDER = SUMMARY_KEY_ORDER.filter(
  (key) => key !== 'patientRef' && key !== 'status' && key !== 'check',
);

/** The heading line: "Cocreate summary (format 2)". */
export const summaryHeading = (version: string = SUMMARY_FORMAT_VERSION): string =>
  `${SUMMARY_START} (format ${version})`;

/** The block's lines as the reader sees them after an EHR's reformatting: what the check and signature cover. */
function canonicalLines(lines: readonly { label: string; text: string }[]): string {
  return lines.map((line) => normaliseNoteText(`${line.label}: ${line.text}`)).join('\n');
}

/**
 * The block's check: the first 16 hex digits of a SHA-256 over its lines (all but the check), each
 * as the reader sees it after an EHR's reformatting (normaliseNoteText), so line breaks, HTML or
 * quoting added on the way back do not count as edits while a changed word, digit or a lost line
 * does. Not a signature: anyone can recompute it; it catches accidental edits and truncation.
 */
export function summaryCheck(lines: readonly { label: string; text: string }[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalLines(lines)))).slice(0, 16);
}

/** Between the check and the practice's signature on the check line: "Check: 1a2b… signed 9f8e…". */
export const SIGNED_WORD = 'signed';

/**
 * The check line's text: the hash, then, where the practice set a key by policy, "signed" and an
 * HMAC-SHA-256 over the same lines, which only a PC holding the key can make or verify.
 */
export function summaryCheckText(lines: readonly { label: string; text: string }[], signingKey = ''): string {
  const check = summaryCheck(lines);
  return signingKey
    ? `${check} ${SIGNED_WORD} ${signText(signingKey, canonicalLines(lines)).slice(0, SIGNATURE_HEX)}`
    : check;
}

/** The check line read back: its hash and, when there is one, its signature. */
export function parseCheckText(text: string): { check: string; signature: string } {
  const [check = '', word, signature = ''] = text.trim().toLowerCase().split(' ');
  return { check, signature: word === SIGNED_WORD ? signature : '' };
}

/** Whether the lines carry this practice's signature (asked only where a key is set). */
export function summarySignature(
  lines: readonly { label: string; text: string }[],
  signature: string,
  signingKey: string,
): PracticeSignature {
  return verifyText(signingKey, canonicalLines(lines), signature);
}
