const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Every pair of base64 digits (12 bits), so each three bytes are two look-ups: the patient's pages
// are encoded on every FHIR export (docs/performance.md, "Plan build").
const PAIRS = Array.from({ length: 4096 }, (_, n) => ALPHABET[n >> 6]! + ALPHABET[n & 63]!);

/** Text as UTF-8 in base64 (FHIR Attachment.data); TextEncoder is standard in browsers and Node alike. */
export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const whole = bytes.length - (bytes.length % 3);
  let out = '';
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += PAIRS[n >> 12]! + PAIRS[n & 4095]!;
  }
  const left = bytes.length - whole;
  if (left === 1) {
    const n = bytes[whole]! << 16;
    out += PAIRS[n >> 12]! + '==';
  } else if (left === 2) {
    const n = (bytes[whole]! << 16) | (bytes[whole + 1]! << 8);
    out += PAIRS[n >> 12]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return out;
}
