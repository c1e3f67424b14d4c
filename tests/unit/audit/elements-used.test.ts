import { describe, expect, it } from 'vitest';
import { elementsUsed, isCaptured } from '../../../lib/domain/element-used';
import { ELEMENT_REGISTRY } from '../../../lib/domain/element-registry';
import { ELEMENT_IDS } from '../../../lib/domain/elements';
import { purgeFreeText } from '../../../lib/retention/purge-text';
import { agreedPlan, consultation, reviewOf } from './fixtures';

describe('elementsUsed', () => {
  it('counts nothing in a blank consultation, whatever its defaults', () => {
    expect(elementsUsed(consultation('a', '2026-11-02T10:00:00Z'))).toEqual([]);
  });

  it('counts a section once any field in it was captured', () => {
    const c = consultation('a', '2026-11-02T10:00:00Z', (c) => ({
      ...c,
      preparation: { ...c.preparation, largePrint: true },
      information: { ...c.information, nextStep: 'refer' },
      implementation: { ...c.implementation, support: 'Walking group' },
    }));
    expect(elementsUsed(c)).toEqual(['preparation', 'information', 'implementation']);
  });

  it('does not count the review element for a mere link to an earlier plan', () => {
    expect(elementsUsed(reviewOf('r', '2026-11-02T10:00:00Z', 'p'))).toEqual([]);
    expect(elementsUsed(reviewOf('r', '2026-11-02T10:00:00Z', 'p', { attainment: 'partly' }))).toEqual([
      'review',
    ]);
  });

  it('counts the same elements after the free text is purged', () => {
    const plan = agreedPlan('p', '2026-11-02T10:00:00Z');
    const purged = purgeFreeText(plan, '2027-03-01T00:00:00Z');
    expect(elementsUsed(purged)).toEqual(elementsUsed(plan));
    expect(elementsUsed(purged)).toEqual(['agenda', 'options', 'agreement']);
  });

  it.each([
    ['', false],
    ['  ', false],
    ['x', true],
    [0, true],
    [null, false],
    [false, false],
    [true, true],
    [[], false],
    [[null, null], false],
    [[null, 3], true],
    [{ a: '', b: null }, false],
  ])('isCaptured(%j) is %s', (value, expected) => {
    expect(isCaptured(value)).toBe(expected);
  });

  it.each(ELEMENT_IDS)('reads every field of the %s section (the registry lists them all)', (id) => {
    const section = consultation('c', '2026-11-02T10:00:00Z')[id];
    expect([...ELEMENT_REGISTRY[id].fields].sort()).toEqual(Object.keys(section).sort());
  });
});
