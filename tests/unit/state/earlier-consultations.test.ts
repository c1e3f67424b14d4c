import { describe, expect, it } from 'vitest';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { findEarlierConsultations, normaliseRef } from '../../../lib/state/earlier-consultations';
import { testDb } from '../test-db';

function stored(id: string, patientRef: string, createdAt: string, goal = '') {
  const c = newConsultation({ id, now: new Date(createdAt), path: 'quick', plannedMinutes: 10, patientRef });
  return { ...c, agreement: { ...c.agreement, goal } };
}

describe('earlier consultations for the same reference', () => {
  it('finds them newest first, ignoring case and spacing, and leaves out the open one', async () => {
    const db = testDb(`earlier-${Math.random()}`);
    await db.consultations.bulkPut([
      stored('a', 'JS 1970', '2026-01-10T09:00:00Z', 'Walk daily'),
      stored('b', ' js  1970 ', '2026-06-01T09:00:00Z', 'Walk further'),
      stored('c', 'JS 1971', '2026-07-01T09:00:00Z'),
      stored('now', 'JS 1970', '2026-11-23T09:00:00Z'),
    ]);
    const found = await findEarlierConsultations(db, 'js 1970', 'now');
    expect(found.map((c) => [c.id, c.goal])).toEqual([
      ['b', 'Walk further'],
      ['a', 'Walk daily'],
    ]);
  });

  it('finds nothing for an empty reference', async () => {
    const db = testDb(`earlier-${Math.random()}`);
    await db.consultations.put(stored('a', '', '2026-01-10T09:00:00Z'));
    expect(await findEarlierConsultations(db, '  ', 'x')).toEqual([]);
  });

  it.each([
    ['  AB   1980 ', 'ab 1980'],
    ['ab\t1980', 'ab 1980'],
  ])('normalises %j to %j', (ref, normal) => {
    expect(normaliseRef(ref)).toBe(normal);
  });
});
