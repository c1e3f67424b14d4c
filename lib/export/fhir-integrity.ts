import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { signText, verifyText, type PracticeSignature } from '../continuity/practice-signature';

/** Bundle.meta.tag system of the bundle's own check (docs/continuity.md, "Integrity"). */
export const INTEGRITY_SYSTEM = 'urn:cocreate:integrity';
const PREFIX = 'sha256:';
/** Bundle.meta.tag system of the practice's signature, present where the practice set a key by policy. */
export const SIGNATURE_SYSTEM = 'urn:cocreate:signature';
const SIGNATURE_PREFIX = 'hmac-sha256:';
const OWN_TAGS = new Set([INTEGRITY_SYSTEM, SIGNATURE_SYSTEM]);

/**
 * JSON with every object's keys in order, so the same content always gives the same text. Loops
 * and one string rather than entries, sorts and joins: the seal runs over the whole document on
 * every export (docs/performance.md, "Plan build"). `Object.keys(...).sort()` orders keys by
 * UTF-16 code units, as `<` does.
 */
function canonical(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i ? ',' : '') + canonical(value[i]);
    return out + ']';
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    let out = '{';
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined) continue;
      out += (out.length > 1 ? ',' : '') + JSON.stringify(key) + ':' + canonical(item);
    }
    return out + '}';
  }
  return JSON.stringify(value) ?? 'null';
}

interface WithMeta {
  meta?: { tag?: { system?: string; code?: string }[] };
}

/** The bundle without its check and signature tags: what both are computed over. */
function withoutCheck<T extends WithMeta>(bundle: T): T {
  const tags = (bundle.meta?.tag ?? []).filter((t) => !OWN_TAGS.has(t.system ?? ''));

  const { tag: _dropped, ...meta } = bundle.meta ?? {};
  return { ...bundle, meta: tags.length ? { ...meta, tag: tags } : meta };
}

const sha256Tag = (text: string): string => PREFIX + bytesToHex(sha256(utf8ToBytes(text)));

/**
 * The check Cocreate writes: SHA-256 over the bundle's JSON with its keys in the order written.
 * JSON.parse keeps that order and JSON.stringify writes numbers and strings one way only, so a
 * file read back, indented or not, gives the same text; a tool that reorders keys makes it read
 * as edited. Sorting every key first cost more than the rest of the seal (docs/performance.md,
 * "Plan build").
 */
const digest = (bundle: WithMeta): string => sha256Tag(JSON.stringify(withoutCheck(bundle)));

/** The check of files written before, over canonical JSON (keys sorted): still read as intact. */
const canonicalDigest = (bundle: WithMeta): string => sha256Tag(canonical(withoutCheck(bundle)));

/**
 * The bundle with a SHA-256 of its content in Bundle.meta.tag, so a file edited by hand or cut
 * short is recognised when read back. Not a signature: it catches accidental change, not forgery.
 * With the practice's key (set by policy) it also carries an HMAC-SHA-256 over the same content,
 * which only a PC holding the key can make or verify. `json`, when given, is JSON.stringify of the
 * bundle as passed, so a caller that has it already does not pay for it twice.
 */
export function sealBundle<T extends WithMeta>(bundle: T, signingKey = '', json?: string): T {
  const plain = withoutCheck(bundle);
  const signature = signingKey
    ? [{ system: SIGNATURE_SYSTEM, code: SIGNATURE_PREFIX + signText(signingKey, canonical(plain)) }]
    : [];
  return {
    ...plain,
    meta: {
      ...plain.meta,
      tag: [
        ...(plain.meta?.tag ?? []),
        // The caller's JSON of a bundle with no tags is the same text digest() would make.
        { system: INTEGRITY_SYSTEM, code: json && !bundle.meta?.tag ? sha256Tag(json) : digest(plain) },
        ...signature,
      ],
    },
  };
}

/** Whether the bundle carries exactly one signature, made with this key over its content. */
export function bundleSignature(bundle: WithMeta, signingKey: string): PracticeSignature {
  const tags = (bundle.meta?.tag ?? []).filter((t) => t.system === SIGNATURE_SYSTEM);
  const code = tags.length === 1 ? (tags[0]!.code ?? '') : '';
  if (!code.startsWith(SIGNATURE_PREFIX)) return 'not-this-practice';
  return verifyText(signingKey, canonical(withoutCheck(bundle)), code.slice(SIGNATURE_PREFIX.length));
}

/** 'intact' when the bundle's check matches its content, 'edited' when not, 'unchecked' when it has none. */
export function bundleIntegrity(bundle: WithMeta): 'intact' | 'edited' | 'unchecked' {
  const checks = (bundle.meta?.tag ?? []).filter((t) => t.system === INTEGRITY_SYSTEM);
  if (checks.length === 0) return 'unchecked';
  if (checks.length !== 1) return 'edited';
  const code = checks[0]!.code;
  return code === digest(bundle) || code === canonicalDigest(bundle) ? 'intact' : 'edited';
}
