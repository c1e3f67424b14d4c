import { describe, expect, it } from 'vitest';
import { collaborateResponse } from '../../../lib/collaborate/response';
import { createConsultationModel } from '../../../lib/state/consultation-model';
import { recordCollaborate } from '../../../lib/state/record-collaborate';
import { createSyncChannel, type MessagePort } from '../../../lib/state/sync-channel';
import { consultationRepository } from '../../../lib/storage/consultations';
import { createDraftJournal } from '../../../lib/storage/draft-journal';
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

describe('recordCollaborate (the hand-over screen saving)', () => {
  it('stores the answers on the consultation, and the open panel keeps them through its next save', async () => {
    let clock = Date.parse('2026-11-29T09:00:00Z');
    const [panelPort, screenPort] = channelPair();
    const db = testDb(`collaborate-${Math.random()}`);
    const panel = createConsultationModel({
      db,
      journal: createDraftJournal(memoryStorage()),
      now: () => new Date((clock += 1000)),
      newId: () => 'c1',
      defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
      sync: createSyncChannel(panelPort),
    });
    await panel.load();
    panel.update((c) => ({ ...c, patientRef: 'AB 1961' }));
    await panel.flush();

    const response = collaborateResponse([9, 8, 9], 'cy', new Date('2026-11-29T10:00:00Z'));
    await recordCollaborate(consultationRepository(db), createSyncChannel(screenPort), 'c1', response);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(panel.consultation.value?.collaborate).toEqual(response);

    // The panel's own later edit must not write its older copy over the answers.
    panel.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: 'Gardening' } }));
    await panel.flush();
    const stored = await db.consultations.get('c1');
    expect(stored?.collaborate).toEqual(response);
    expect(stored?.patientRef).toBe('AB 1961');
    expect(stored?.agenda.whatMatters).toBe('Gardening');
    // And the audit row beside it carries the answers.
    const weeks = await db.auditWeeks.toArray();
    expect(weeks.flatMap((w) => w.rows).find((row) => row.id === 'c1')?.collaborate).toEqual([9, 8, 9]);
  });

  it('never replaces answers once given: a second response is kept beside the first, which alone counts', async () => {
    const db = testDb(`collaborate-${Math.random()}`);
    const [port] = channelPair();
    const panel = createConsultationModel({
      db,
      journal: createDraftJournal(memoryStorage()),
      now: () => new Date('2026-11-29T09:00:00Z'),
      newId: () => 'c2',
      defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
    });
    await panel.load();
    panel.update((c) => ({ ...c, patientRef: 'AB 1961' }));
    await panel.flush();
    const first = collaborateResponse([3, 4, 2], 'en', new Date('2026-11-29T10:00:00Z'));
    const second = collaborateResponse([9, 9, 9], 'en', new Date('2026-11-29T10:05:00Z'));
    const repo = consultationRepository(db);
    await recordCollaborate(repo, createSyncChannel(port), 'c2', first);
    await recordCollaborate(repo, createSyncChannel(port), 'c2', second);
    const stored = await db.consultations.get('c2');
    expect(stored?.collaborate).toEqual(first);
    expect(stored?.collaborateLater).toEqual([second]);
    const weeks = await db.auditWeeks.toArray();
    expect(
      weeks
        .flatMap((w) => w.rows)
        .filter((row) => row.id === 'c2')
        .map((row) => row.collaborate),
    ).toEqual([[3, 4, 2]]);
  });

  it('refuses, changing nothing, when the consultation is no longer stored', async () => {
    const db = testDb(`collaborate-${Math.random()}`);
    const [port] = channelPair();
    const response = collaborateResponse([9, 9, 9], 'en', new Date('2026-11-29T10:00:00Z'));
    await expect(
      recordCollaborate(consultationRepository(db), createSyncChannel(port), 'gone', response),
    ).rejects.toThrow('no longer stored');
    expect(await db.consultations.count()).toBe(0);
  });
});
