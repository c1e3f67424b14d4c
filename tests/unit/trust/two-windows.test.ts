import { describe, expect, it } from 'vitest';
import { createConsultationModel, type ConsultationModelDeps } from '../../../lib/state/consultation-model';
import { createDraftJournal } from '../../../lib/storage/draft-journal';
import { createSyncChannel, type MessagePort } from '../../../lib/state/sync-channel';
import { testDb } from '../test-db';

/** Two in-memory ports wired like one BroadcastChannel name opened in two windows. */
function channelPair(): [MessagePort, MessagePort] {
  const listeners: [((e: { data: unknown }) => void)[], ((e: { data: unknown }) => void)[]] = [[], []];
  const port = (me: 0 | 1): MessagePort => ({
    postMessage: (data) =>
      queueMicrotask(() => listeners[me === 0 ? 1 : 0].forEach((l) => l({ data: structuredClone(data) }))),
    addEventListener: (_type, listener) => void listeners[me].push(listener),
  });
  return [port(0), port(1)];
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

describe('two windows editing one consultation', () => {
  it('ends with both windows and storage holding every edit', async () => {
    let clock = Date.parse('2026-11-23T09:00:00Z');
    const [a, b] = channelPair();
    const db = testDb();
    const shared: Omit<ConsultationModelDeps, 'sync'> = {
      db,
      journal: createDraftJournal(memoryStorage()),
      now: () => new Date((clock += 1000)),
      newId: () => 'c1',
      defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
    };
    const first = createConsultationModel({ ...shared, sync: createSyncChannel(a) });
    await first.load();
    await first.flush();
    const second = createConsultationModel({ ...shared, sync: createSyncChannel(b) });
    await second.load();

    first.update((c) => ({ ...c, patientRef: 'AB 1961' }));
    second.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: 'Gardening' } }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await first.flush();
    await second.flush();

    for (const model of [first, second]) {
      expect(model.consultation.value?.patientRef).toBe('AB 1961');
      expect(model.consultation.value?.agenda.whatMatters).toBe('Gardening');
    }
    const stored = await db.consultations.get('c1');
    expect(stored?.patientRef).toBe('AB 1961');
    expect(stored?.agenda.whatMatters).toBe('Gardening');
  });

  it('keeps the other window’s edit when this window undoes its own', async () => {
    let clock = Date.parse('2026-11-23T09:00:00Z');
    const [a, b] = channelPair();
    const db = testDb();
    const shared: Omit<ConsultationModelDeps, 'sync'> = {
      db,
      journal: createDraftJournal(memoryStorage()),
      now: () => new Date((clock += 1000)),
      newId: () => 'c1',
      defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
    };
    const first = createConsultationModel({ ...shared, sync: createSyncChannel(a) });
    await first.load();
    await first.flush();
    const second = createConsultationModel({ ...shared, sync: createSyncChannel(b) });
    await second.load();

    first.update((c) => ({ ...c, patientRef: 'typo' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    second.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: 'Gardening' } }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    first.undo();
    await new Promise((resolve) => setTimeout(resolve, 0));

    for (const model of [first, second]) {
      expect(model.consultation.value?.patientRef).toBe('');
      expect(model.consultation.value?.agenda.whatMatters).toBe('Gardening');
    }
  });
});
