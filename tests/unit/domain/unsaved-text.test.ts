import { describe, expect, it } from 'vitest';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { unsavedText } from '../../../lib/domain/unsaved-text';
import { HOSTILE_STRINGS } from '../../fixtures/hostile-strings';

const blank = () =>
  newConsultation({ id: 'c1', now: new Date('2026-11-23T09:00:00Z'), path: 'quick', plannedMinutes: 10 });

describe('the text a clinician copies after a failed save', () => {
  it('is empty when nothing was typed', () => {
    expect(unsavedText(null)).toBe('');
    expect(unsavedText(blank())).toBe('');
  });

  it('holds every typed field with a readable label', () => {
    const c = blank();
    const typed = { ...c, patientRef: 'AB 1961', agenda: { ...c.agenda, whatMatters: 'Gardening' } };
    expect(unsavedText(typed)).toBe('patient ref: AB 1961\nagenda › what matters: Gardening');
  });

  it.each(HOSTILE_STRINGS.filter((s) => s.value.trim() !== '').map((s) => [s.id, s.value]))(
    'keeps hostile text %s exactly as typed',
    (_id, value) => {
      const c = blank();
      expect(unsavedText({ ...c, agenda: { ...c.agenda, whatMatters: value } })).toContain(value);
    },
  );
});

describe('who gets the missing information', () => {
  it('is typed text, so it is in the copy', () => {
    const c = blank();
    const need = { id: 'n1', what: 'A blood test', who: 'Practice nurse', byWhen: 'next week' };
    const text = unsavedText({ ...c, information: { ...c.information, needed: [need] } });
    expect(text).toContain('Practice nurse');
  });
});
