import { describe, expect, it } from 'vitest';
import { moveItem, removeItem, replaceItem } from '../../../lib/domain/list-edit';

describe('list edits', () => {
  it.each([
    [['a', 'b', 'c'], 1, -1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 1, 1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
    [[], 0, 1, []],
  ] as const)('moveItem(%j, %i, %i) gives %j', (items, index, by, expected) => {
    expect(moveItem(items, index, by)).toEqual(expected);
  });

  it('replaces and removes by id', () => {
    const items = [
      { id: '1', text: 'a' },
      { id: '2', text: 'b' },
    ];
    expect(replaceItem(items, '2', { text: 'B' })).toEqual([items[0], { id: '2', text: 'B' }]);
    expect(removeItem(items, '1')).toEqual([items[1]]);
  });
});
