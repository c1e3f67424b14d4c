import { describe, expect, it } from 'vitest';
import { collaborateResponse } from '../../../lib/collaborate/response';
import { normaliseConsultation } from '../../../lib/domain/normalise-consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import type { Consultation } from '../../../lib/domain/consultation';

const fresh = () =>
  newConsultation({ id: 'c1', now: new Date('2026-11-29T09:00:00Z'), path: 'quick', plannedMinutes: 10 });

describe('a stored collaboRATE response read back (restore, retention)', () => {
  it('is null on a fresh consultation and absent-tolerant on an older record', () => {
    expect(fresh().collaborate).toBeNull();
    const older: Partial<Consultation> = fresh();
    delete older.collaborate;
    expect(normaliseConsultation(older).collaborate).toBeNull();
  });

  it('keeps a valid response as it was stored', () => {
    const response = collaborateResponse([9, 7, 8], 'cy', new Date('2026-11-29T10:00:00Z'));
    expect(normaliseConsultation({ ...fresh(), collaborate: response }).collaborate).toEqual(response);
  });

  it.each([['nine'], [{ answers: [9, 9] }], [{ answers: [9, 9, 12], language: 'en' }], [[9, 9, 9]]])(
    'drops a damaged response %j rather than counting it',
    (damaged) => {
      expect(normaliseConsultation({ ...fresh(), collaborate: damaged }).collaborate).toBeNull();
    },
  );

  it('keeps where an imported earlier plan came from, so it stays a baseline and out of the audit', () => {
    const importedFrom = { source: 'note', formatVersion: '1', importedAt: '2026-11-29T09:00:00Z' } as const;
    expect(normaliseConsultation({ ...fresh(), importedFrom }).importedFrom).toEqual(importedFrom);
  });
});
