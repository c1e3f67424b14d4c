import { describe, expect, it } from 'vitest';
import { applyLeaves, diffLeaves } from '../../../lib/domain/leaf-patch';

describe('field-level patches between windows', () => {
  const base = { id: 'c1', agenda: { whatMatters: '', items: [] as string[] }, patientRef: '' };

  it('lists only the fields that changed, with their paths', () => {
    const after = { ...base, agenda: { ...base.agenda, whatMatters: 'Gardening' } };
    expect(diffLeaves(base, after)).toEqual([{ path: ['agenda', 'whatMatters'], value: 'Gardening' }]);
  });

  it('treats a list as one field so its order survives', () => {
    const after = { ...base, agenda: { ...base.agenda, items: ['b', 'a'] } };
    expect(diffLeaves(base, after)).toEqual([{ path: ['agenda', 'items'], value: ['b', 'a'] }]);
  });

  it('keeps edits to different fields from two windows', () => {
    const fromFirst = diffLeaves(base, { ...base, patientRef: 'AB 1961' });
    const second = { ...base, agenda: { ...base.agenda, whatMatters: 'Gardening' } };
    expect(applyLeaves(second, fromFirst)).toEqual({
      id: 'c1',
      patientRef: 'AB 1961',
      agenda: { whatMatters: 'Gardening', items: [] },
    });
  });

  it('does not change the record it patches', () => {
    const copy = structuredClone(base);
    applyLeaves(base, [{ path: ['agenda', 'whatMatters'], value: 'x' }]);
    expect(base).toEqual(copy);
  });
});
