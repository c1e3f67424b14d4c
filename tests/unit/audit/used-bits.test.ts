import { describe, expect, it } from 'vitest';
import { usedMask, usesElement } from '../../../lib/audit/audit-row';
import { USED_BITS, USED_BITS_V1 } from '../../../lib/audit/used-bits';
import { ELEMENT_IDS } from '../../../lib/domain/elements';
import { consultation } from './fixtures';

describe('the stored bits of the elements used', () => {
  it('are version 1: the element order rows were first stored in, written out', () => {
    expect(USED_BITS).toBe(USED_BITS_V1);
    expect(USED_BITS_V1).toEqual({
      preparation: 0,
      agenda: 1,
      information: 2,
      options: 3,
      agreement: 4,
      implementation: 5,
      review: 6,
    });
  });

  it('give every element its own bit of a 32-bit mask', () => {
    const bits = ELEMENT_IDS.map((id) => USED_BITS[id]);
    expect(new Set(bits).size).toBe(ELEMENT_IDS.length);
    expect(bits.every((bit) => Number.isInteger(bit) && bit >= 0 && bit < 31)).toBe(true);
  });

  it('are written and read through the mapping, not the order of ELEMENT_IDS', () => {
    const c = consultation('a', '2026-11-02T10:00:00Z', (c) => ({
      ...c,
      preparation: { ...c.preparation, largePrint: true },
      implementation: { ...c.implementation, support: 'Walking group' },
    }));
    expect(usedMask(c)).toBe((1 << 0) | (1 << 5));
    // A row stored before this mapping was written out: preparation and review.
    const stored = { used: 0b1000001 };
    expect(ELEMENT_IDS.filter((id) => usesElement(stored, id))).toEqual(['preparation', 'review']);
  });
});
