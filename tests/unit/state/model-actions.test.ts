import { describe, expect, it } from 'vitest';
import { addAgendaItem, removeOption } from '../../../lib/domain/consultation-actions';
import { createConsultationModel } from '../../../lib/state/consultation-model';
import { createDraftJournal } from '../../../lib/storage/draft-journal';
import { testDb } from '../test-db';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const model = () => {
  let id = 0;
  return createConsultationModel({
    db: testDb(),
    journal: createDraftJournal(memoryStorage()),
    now: () => new Date('2026-11-23T09:00:00Z'),
    newId: () => `c${++id}`,
    defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
  });
};

describe('the model', () => {
  it('loads and starts anew when its methods are destructured', async () => {
    const m = model();
    const { load, startNew, consultation } = m;
    await load();
    expect(consultation.value?.id).toBe('c1');
    await startNew('AB 1961');
    expect(consultation.value?.id).toBe('c2');
    expect(consultation.value?.patientRef).toBe('AB 1961');
  });

  it('applies a named action with its arguments, and can undo it', async () => {
    const m = model();
    await m.load();
    m.apply(addAgendaItem, { id: 'a1', text: 'My knee', owner: 'patient' });
    expect(m.consultation.value?.agenda.items.map((i) => i.text)).toEqual(['My knee']);
    m.undo();
    expect(m.consultation.value?.agenda.items).toEqual([]);
  });

  it('removes an option so it can no longer be leaned to or chosen', async () => {
    const m = model();
    await m.load();
    m.update((c) => ({
      ...c,
      options: {
        ...c.options,
        options: [{ id: 'o1', label: 'Tablets', pros: '', cons: '', isDoNothing: false }],
        leaning: ['o1'],
      },
      agreement: { ...c.agreement, chosenOptionIds: ['o1'] },
    }));
    m.apply(removeOption, 'o1');
    const c = m.consultation.value!;
    expect([c.options.options, c.options.leaning, c.agreement.chosenOptionIds]).toEqual([[], [], []]);
  });
});
