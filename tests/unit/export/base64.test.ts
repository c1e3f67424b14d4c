import { describe, expect, it } from 'vitest';
import { base64Utf8 } from '../../../lib/export/base64';

describe('base64Utf8', () => {
  it.each(['', 'a', 'ab', 'abc', 'abcd', 'Ein cynllun ni — “Our plan” ✓', '😀 Ŵŷ ŵ', '<p>&amp;</p>\n'])(
    'encodes %j as UTF-8 in base64, padding included',
    (text) => {
      expect(base64Utf8(text)).toBe(Buffer.from(text, 'utf8').toString('base64'));
    },
  );

  it('encodes a long page the same way', () => {
    const page = Array.from({ length: 2000 }, (_, i) => `Llinell ${i} – line ${i}\n`).join('');
    expect(base64Utf8(page)).toBe(Buffer.from(page, 'utf8').toString('base64'));
  });
});
