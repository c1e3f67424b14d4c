import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTeamExport } from '../../../lib/report/read-team-export';
import type { TeamExport } from '../../../lib/report/team-export';
import { teamExport, week } from './fixtures';

const good = teamExport(
  'abcdefghijkl',
  [
    week('2026-W10', 6, { plansGiven: { n: 5, of: 6 }, sure: { n: 2, of: 3 } }),
    week('2026-W11', 9, {
      grids: [{ id: 'knee-osteoarthritis', count: 7, chosen: [{ id: 'exercise', count: 5 }] }],
    }),
  ],
  { label: 'Dr Jones' },
);
const refusedFor = (file: unknown) => {
  const result = readTeamExport(JSON.stringify(file));
  return result.ok ? null : result.reason;
};
const withWeek = (change: Record<string, unknown>) => ({ ...good, weeks: [{ ...good.weeks[0], ...change }] });

describe('reading a team export', () => {
  it('accepts a well-formed export as it is', () => {
    expect(readTeamExport(JSON.stringify(good))).toEqual({ ok: true, value: good });
  });

  it.each([
    ['a patient reference field', { ...good, patientRef: 'AB 1957' }, /patient reference/],
    [
      'an NHS number in the label',
      { ...good, clinician: { ...good.clinician, label: '943 476 5919' } },
      /patient reference/,
    ],
    ['an NHS number as a figure', withWeek({ consultations: 9434765919 }), /patient reference/],
    ['free text in a field of its own', { ...good, notes: 'Mrs B was upset' }, /typed text/],
    [
      'free text in a known field',
      { ...good, clinician: { ...good.clinician, label: 'x'.repeat(90) } },
      /typed text/,
    ],
    ['a day instead of a week', withWeek({ week: '2026-03-04' }), /date finer than a week/],
    [
      'a day in a British form',
      { ...good, period: { from: '04/03/2026', to: '2026-W11' } },
      /date finer than a week/,
    ],
    ['an unknown figure', withWeek({ seconds: 3 }), /field a team export does not have/],
    ['a label with digits', { ...good, clinician: { ...good.clinician, label: 'GP 2' } }, /clinician\.label/],
    ['a week twice', { ...good, weeks: [good.weeks[0], good.weeks[0]] }, /out of order or given twice/],
    ['figures that do not add up', withWeek({ plansAgreed: 7 }), /do not add up/],
    ['more plans given than agreed', withWeek({ plansGiven: { n: 7, of: 7 } }), /do not add up/],
    ['more SURE answers yes than asked', withWeek({ sure: { n: 4, of: 3 } }), /do not add up/],
    [
      'minutes over booked in more consultations than timed',
      withWeek({ minutes: { n: 1, used: 12, booked: 10, over: 2 } }),
      /do not add up/,
    ],
    [
      'an option chosen more often than its grid was used',
      withWeek({ grids: [{ id: 'knee-osteoarthritis', count: 2, chosen: [{ id: 'exercise', count: 3 }] }] }),
      /do not add up/,
    ],
    [
      'minutes summed past 99,999',
      withWeek({ minutes: { n: 1, used: 100_000, booked: 10, over: 1 } }),
      /minutes\.used/,
    ],
    ['a newer format', { ...good, version: 3 }, /format version 3/],
    ['another kind of file', { resourceType: 'Bundle' }, /not a Cocreate team export/],
  ])('refuses %s, saying why', (_, file, reason) => {
    expect(refusedFor(file)).toMatch(reason);
  });

  it('reads a version 1 file, the figures it never carried given as nothing of nothing (“not recorded”)', () => {
    const first = week('2026-W10', 6);
    const { plansGiven: _g, teachBack: _t, sure: _s, minutes: _m, ...v1Week } = first;
    const v1 = {
      ...good,
      version: 1,
      weeks: [{ ...v1Week, grids: [{ id: 'knee-osteoarthritis', count: 2 }] }],
    };
    const read = readTeamExport(JSON.stringify(v1));
    expect(read).toEqual({
      ok: true,
      value: {
        ...good,
        version: 2,
        weeks: [{ ...first, grids: [{ id: 'knee-osteoarthritis', count: 2, chosen: [] }] }],
      },
    });
    // A version 1 file with version 2's figures is not a version 1 file.
    expect(refusedFor({ ...v1, weeks: [first] })).toMatch(/field a team export does not have/);
  });

  it('refuses a file that is not JSON', () => {
    expect(readTeamExport('week,consultations\n2026-W10,6')).toEqual({
      ok: false,
      reason: 'it is not a Cocreate team export (it is not a JSON file).',
    });
  });

  describe('any mutation that adds a patient reference, free text or a day is refused (property)', () => {
    /** Every object inside the export, with a way to put a new key on it. */
    const objectsOf = (value: unknown): Record<string, unknown>[] => {
      if (Array.isArray(value)) return value.flatMap(objectsOf);
      if (value && typeof value === 'object')
        return [value as Record<string, unknown>, ...Object.values(value).flatMap(objectsOf)];
      return [];
    };
    const nhsNumber = fc
      .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
      .map((digits) => digits.join(''));
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .chain((d) =>
        fc.constantFrom(
          d.toISOString().slice(0, 10),
          d.toISOString(),
          `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`,
        ),
      );
    const freeText = fc.string({ minLength: 81, maxLength: 200 });
    const anyKey = fc.oneof(
      fc.constantFrom('patientRef', 'nhsNumber', 'note', 'comment', 'name'),
      fc.string({ minLength: 1, maxLength: 12 }),
    );

    it('a new key, anywhere, holding any of them', () => {
      fc.assert(
        fc.property(fc.nat(), anyKey, fc.oneof(nhsNumber, day, freeText), (where, key, value) => {
          const file: TeamExport = structuredClone(good);
          const objects = objectsOf(file);
          const target = objects[where % objects.length]!;
          fc.pre(!Object.hasOwn(target, key) && key !== '__proto__');
          target[key] = value;
          expect(readTeamExport(JSON.stringify(file)).ok).toBe(false);
        }),
      );
    });

    it('any string of the export replaced by one of them', () => {
      const paths: ((f: TeamExport, v: string) => void)[] = [
        (f, v) => (f.clinician.label = v),
        (f, v) => (f.clinician.source = v),
        (f, v) => (f.period.from = v),
        (f, v) => (f.weeks[0]!.week = v),
        (f, v) => f.weeks[1]!.grids.push({ id: v, count: 1, chosen: [] }),
        (f, v) => f.weeks[1]!.grids[0]!.chosen.push({ id: v, count: 1 }),
      ];
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.oneof(nhsNumber, day, freeText), (put, value) => {
          const file = structuredClone(good);
          put(file, value);
          expect(readTeamExport(JSON.stringify(file)).ok).toBe(false);
        }),
      );
    });
  });
});
