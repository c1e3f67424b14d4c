import type { Bundle, CarePlan } from '@medplum/fhirtypes';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { bundleIntegrity, INTEGRITY_SYSTEM } from '../../../lib/export/fhir-integrity';
import { complete, context } from '../plan/consultations';

type Json = Record<string, unknown>;
const written = (): Bundle => JSON.parse(JSON.stringify(buildFhirBundle(complete(), context()))) as Bundle;
const checkOf = (b: Bundle) => b.meta?.tag?.find((t) => t.system === INTEGRITY_SYSTEM)?.code ?? '';
const retitled = (b: Bundle) => {
  const plan = b.entry?.find((e) => e.resource?.resourceType === 'CarePlan')?.resource as CarePlan;
  plan.title = 'Another plan';
};

/** Keys sorted at every level: how bundles were checked before the check followed the written order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Json)[k])]),
    );
  }
  return value;
}

const withoutTag = (b: Bundle): Bundle => ({ ...b, meta: { source: b.meta?.source } });
const reordered = (b: Bundle): Bundle => {
  const { resourceType, ...rest } = b;
  return { ...rest, resourceType };
};

describe('the bundle check (Bundle.meta.tag urn:cocreate:integrity)', () => {
  it('reads a bundle as written as intact, indented or not', () => {
    const b = written();
    expect(bundleIntegrity(b)).toBe('intact');
    expect(bundleIntegrity(JSON.parse(JSON.stringify(b, null, 2)) as Bundle)).toBe('intact');
  });

  it('is SHA-256 over the bundle’s JSON without its check, keys in the order written', () => {
    const b = written();
    expect(checkOf(b)).toBe('sha256:' + bytesToHex(sha256(utf8ToBytes(JSON.stringify(withoutTag(b))))));
  });

  it('still reads a bundle checked over canonical JSON (keys sorted), as earlier exports were, as intact', () => {
    const b = withoutTag(written());
    const canonical = JSON.stringify(sortedKeys(b));
    const earlier = {
      ...b,
      meta: {
        ...b.meta,
        tag: [{ system: INTEGRITY_SYSTEM, code: 'sha256:' + bytesToHex(sha256(utf8ToBytes(canonical))) }],
      },
    };
    expect(bundleIntegrity(earlier)).toBe('intact');
    const edited = JSON.parse(JSON.stringify(earlier)) as Bundle;
    retitled(edited);
    expect(bundleIntegrity(edited)).toBe('edited');
  });

  it('reads a bundle whose keys a tool reordered as edited, and says so rather than guessing', () => {
    expect(bundleIntegrity(reordered(written()))).toBe('edited');
  });

  it('reads a changed word, a bundle cut short and a second check as edited', () => {
    const changed = written();
    retitled(changed);
    expect(bundleIntegrity(changed)).toBe('edited');
    const short = written();
    short.entry?.pop();
    expect(bundleIntegrity(short)).toBe('edited');
    const twice = written();
    twice.meta?.tag?.push({ system: INTEGRITY_SYSTEM, code: checkOf(twice) });
    expect(bundleIntegrity(twice)).toBe('edited');
  });
});
