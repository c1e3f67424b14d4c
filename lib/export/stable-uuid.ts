/**
 * A UUID-shaped id derived from a string (two 64-bit FNV-1a hashes), so the same
 * consultation always exports the same `urn:uuid:` full URLs. Not cryptographic:
 * it only needs to be stable and unique within one Bundle.
 */
export function stableUuid(seed: string): string {
  const hex = fnv1a64(seed, 1) + fnv1a64(seed, 2);
  // Version 8 ("custom") and the RFC 4122 variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// FNV-1a 64-bit (offset basis 0xcbf29ce484222325, prime 0x100000001b3 = 2^40 + 0x1b3), the state
// held as four 16-bit limbs so every step is small-integer arithmetic: a BigInt per character made
// the FHIR export measurably slower (docs/performance.md, "Plan build").
function fnv1a64(seed: string, salt: number): string {
  let h0 = 0x2325 ^ salt;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const ch of seed) {
    const code = ch.codePointAt(0) ?? 0;
    h0 ^= code & 0xffff;
    h1 ^= code >>> 16;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
    h1 = t1 & 0xffff;
    h0 = t0 & 0xffff;
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
