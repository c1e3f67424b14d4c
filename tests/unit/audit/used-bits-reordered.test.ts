import { describe, expect, it, vi } from 'vitest';
import { usedMask, usesElement } from '../../../lib/audit/audit-row';
import { ELEMENT_IDS } from '../../../lib/domain/elements';
import type * as Elements from '../../../lib/domain/elements';
import { consultation } from './fixtures';

// The elements listed in another order, as a later change might list them.
vi.mock('../../../lib/domain/elements', async (original) => {
  const real = await original<typeof Elements>();
  return { ...real, ELEMENT_IDS: [...real.ELEMENT_IDS].reverse() };
});

describe('the stored bits of the elements used, with ELEMENT_IDS reordered', () => {
  it('mean what they meant before', () => {
    expect(ELEMENT_IDS[0]).toBe('review');
    const c = consultation('a', '2026-11-02T10:00:00Z', (c) => ({
      ...c,
      preparation: { ...c.preparation, largePrint: true },
      implementation: { ...c.implementation, support: 'Walking group' },
    }));
    expect(usedMask(c)).toBe((1 << 0) | (1 << 5));
    expect(ELEMENT_IDS.filter((id) => usesElement({ used: 0b1000001 }, id))).toEqual([
      'review',
      'preparation',
    ]);
  });
});
