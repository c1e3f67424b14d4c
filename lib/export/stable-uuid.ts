/**
 * A UUID-shaped id derived from a string (two 64-bit FNV-1a hashes), so the same
 * consultation always exports the same `urn:uuid:` full URLs. Not cryptographic:
 * it only needs to be stable and unique within one Bundle.
 */
export function stableUuid(seed: string): string {
  const hash = (salt: number) => {
    let h = 0xcbf29ce484222325n ^ BigInt(salt);
    for (const ch of seed) {
      h ^= BigInt(ch.codePointAt(0) ?? 0);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
  };
  const hex = hash(1) + hash(2);
  // Version 8 ("custom") and the RFC 4122 variant bits.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 17), 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
