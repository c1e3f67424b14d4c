import { describe, expect, it } from 'vitest';
import { normaliseNoteText } from '../../../lib/continuity/normalise-note-text';

describe('reading a note twice finds what reading it once found', () => {
  it.each([
    ['an entity escaped twice', 'Follow-up:&amp;#8238; 2027-01-18'],
    ['an entity escaped three times', 'Goal: walk&amp;amp;#8203; daily'],
    ['a tag escaped once', 'Goal: &lt;b&gt;walk&lt;/b&gt;'],
    ['nesting deeper than any EHR', `Goal: ${'&amp;'.repeat(20)}#8238;walk`],
  ])('%s', (_name, text) => {
    const once = normaliseNoteText(text);
    expect(normaliseNoteText(once)).toBe(once);
    expect(once).not.toMatch(/[\u202E\u200B]/);
  });
});
