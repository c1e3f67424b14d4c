import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/** Bundle.meta.tag system of the bundle's own check (docs/continuity.md, "Integrity"). */
export const INTEGRITY_SYSTEM = 'urn:cocreate:integrity';
const PREFIX = 'sha256:';

/** JSON with every object's keys in order, so the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface WithMeta {
  meta?: { tag?: { system?: string; code?: string }[] };
}

/** The bundle without its check tag: what the check is computed over. */
function withoutCheck<T extends WithMeta>(bundle: T): T {
  const tags = (bundle.meta?.tag ?? []).filter((t) => t.system !== INTEGRITY_SYSTEM);

  const { tag: _dropped, ...meta } = bundle.meta ?? {};
  return { ...bundle, meta: tags.length ? { ...meta, tag: tags } : meta };
}

const digest = (bundle: WithMeta): string =>
  PREFIX + bytesToHex(sha256(utf8ToBytes(canonical(withoutCheck(bundle)))));

/**
 * The bundle with a SHA-256 of its content in Bundle.meta.tag, so a file edited by hand or cut
 * short is recognised when read back. Not a signature: it catches accidental change, not forgery.
 */
export function sealBundle<T extends WithMeta>(bundle: T): T {
  const plain = withoutCheck(bundle);
  return {
    ...plain,
    meta: {
      ...plain.meta,
      tag: [...(plain.meta?.tag ?? []), { system: INTEGRITY_SYSTEM, code: digest(plain) }],
    },
  };
}

/** 'intact' when the bundle's check matches its content, 'edited' when not, 'unchecked' when it has none. */
export function bundleIntegrity(bundle: WithMeta): 'intact' | 'edited' | 'unchecked' {
  const checks = (bundle.meta?.tag ?? []).filter((t) => t.system === INTEGRITY_SYSTEM);
  if (checks.length === 0) return 'unchecked';
  return checks.length === 1 && checks[0]!.code === digest(bundle) ? 'intact' : 'edited';
}
