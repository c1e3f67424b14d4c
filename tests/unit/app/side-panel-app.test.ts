import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { createSidePanelApp } from '../../../lib/app/side-panel-app';
import type { Consultation } from '../../../lib/domain/consultation';
import { editSection, linkReview } from '../../../lib/domain/consultation-actions';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { createConsultationModel } from '../../../lib/state/consultation-model';
import { consultationRepository } from '../../../lib/storage/consultations';
import { createDraftJournal } from '../../../lib/storage/draft-journal';
import { plansGivenFor } from '../../../lib/storage/plans-given';
import { complete } from '../plan/consultations';
import { testDb } from '../test-db';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const NOW = new Date('2026-11-23T09:00:00Z');

async function sidePanel() {
  const db = testDb(`app-${Math.random()}`);
  let n = 0;
  const newId = () => `id${++n}`;
  const model = createConsultationModel({
    db,
    journal: createDraftJournal(memoryStorage()),
    now: () => NOW,
    newId,
    defaults: () => ({ path: 'full', plannedMinutes: 10 }),
  });
  await model.load();
  const app = createSidePanelApp({
    model,
    db: Promise.resolve(db),
    settings: signal(DEFAULT_SETTINGS),
    now: () => NOW,
    newId,
    inserter: () => Promise.reject(new Error('no EHR page in unit tests')),
  });
  return { app, db, repository: consultationRepository(db) };
}

const until = async (check: () => Promise<boolean> | boolean) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
};

const agreedPlan = (id: string): Consultation => ({ ...complete(), id, status: 'agreed' });

describe('the side panel’s application model', () => {
  it('hides update: a view changes the consultation only through named actions and commands', async () => {
    const { app } = await sidePanel();
    expect('update' in app).toBe(false);
    app.apply(editSection, 'agenda', { whatMatters: 'Gardening' });
    expect(app.consultation.value?.agenda.whatMatters).toBe('Gardening');
    app.undo();
    expect(app.consultation.value?.agenda.whatMatters).toBe('');
  });

  it('remembers the path chosen for the next consultation it starts', async () => {
    const { app } = await sidePanel();
    app.choosePath('quick');
    expect(app.consultation.value?.path).toBe('quick');
    const first = app.consultation.value?.id;
    await app.startNew();
    expect(app.consultation.value?.id).not.toBe(first);
    expect(app.consultation.value?.path).toBe('quick');
    expect(app.consultation.value?.currentElement).toBe('agenda');
  });

  it('restarts the clock at its own time', async () => {
    const { app } = await sidePanel();
    app.restartClock();
    expect(app.consultation.value?.clockStartedAt).toBe(NOW.getTime());
  });

  it('loads the reviewed plan once linked, and the next step settles that plan’s cycle', async () => {
    const { app, repository } = await sidePanel();
    await repository.put(agreedPlan('earlier'));
    app.apply(linkReview, { id: 'earlier' });
    await until(() => app.earlierPlan.value?.id === 'earlier');
    expect(app.earlierPlan.value?.id).toBe('earlier');
    app.apply(editSection, 'review', { nextStep: 'discharge' });
    await until(async () => (await repository.get('earlier'))?.status === 'closed');
    expect((await repository.get('earlier'))?.status).toBe('closed');
    app.apply(editSection, 'review', { nextStep: 'continue' });
    await until(async () => (await repository.get('earlier'))?.status === 'agreed');
    expect((await repository.get('earlier'))?.status).toBe('agreed');
  });

  it('records a copy given on the consultation and as a row of the plans table', async () => {
    const { app, db } = await sidePanel();
    const id = app.consultation.value!.id;
    app.recordPlanGiven('inserted', ['en'], {
      consultationId: id,
      format: 'insert',
      language: 'en',
      text: 'Plan',
    });
    await until(async () => (await plansGivenFor(db, id)).length === 1);
    expect(app.consultation.value?.copiesGiven).toEqual([
      { how: 'inserted', languages: ['en'], at: NOW.toISOString() },
    ]);
    expect((await plansGivenFor(db, id)).map((row) => [row.format, row.text, row.givenAt])).toEqual([
      ['insert', 'Plan', NOW.toISOString()],
    ]);
  });

  it('offers the plans to review and the earlier consultations of this reference, never the open one', async () => {
    const { app, repository } = await sidePanel();
    await repository.put(agreedPlan('earlier'));
    const openId = app.consultation.value!.id;
    expect((await app.findPlanToReview('AE 1961', openId))?.id).toBe('earlier');
    expect(await app.findPlanToReview('AE 1961', 'earlier')).toBeNull();
    expect((await app.earlierConsultations('AE 1961', openId)).map((c) => c.id)).toEqual(['earlier']);
  });
});
