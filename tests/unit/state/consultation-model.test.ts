import { describe, expect, it } from 'vitest';
import { createConsultationModel, type ConsultationModelDeps } from '../../../lib/state/consultation-model';
import { createDraftJournal } from '../../../lib/storage/draft-journal';
import type { CocreateDb } from '../../../lib/storage/db';
import { testDb } from '../test-db';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

function deps(
  overrides: Partial<ConsultationModelDeps> & { db?: CocreateDb } = {},
): ConsultationModelDeps & { db: CocreateDb } {
  let clock = Date.parse('2026-11-23T09:00:00Z');
  let id = 0;
  return {
    db: testDb(),
    journal: createDraftJournal(memoryStorage()),
    now: () => new Date((clock += 1000)),
    newId: () => `c${++id}`,
    defaults: () => ({ path: 'quick', plannedMinutes: 10 }),
    ...overrides,
  };
}

/** Deps whose database and journal hold a consultation 'c1' with `patientRef`, saved and shown last. */
async function withSavedDraft(patientRef: string) {
  const shared = deps();
  const first = createConsultationModel(shared);
  await first.load();
  first.update((c) => ({ ...c, patientRef }));
  await first.flush();
  return shared;
}

describe('consultation model', () => {
  it('shows the draft of the consultation shown last before the database answers, then confirms it', async () => {
    const shared = deps();
    const first = createConsultationModel(shared);
    await first.load();
    first.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: 'Walking the dog' } }));
    await first.flush();

    const reopened = createConsultationModel(shared);
    const loading = reopened.load();
    // Synchronously, before any IndexedDB read has had a chance to finish.
    expect(reopened.consultation.value?.agenda.whatMatters).toBe('Walking the dog');
    reopened.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: 'Walking the dog daily' } }));
    await loading;
    // Typed while the database was still opening: kept, not replaced by the stored copy.
    expect(reopened.consultation.value?.agenda.whatMatters).toBe('Walking the dog daily');
    await reopened.flush();
    expect((await shared.db.consultations.get('c1'))?.agenda.whatMatters).toBe('Walking the dog daily');
  });

  it('can show that draft before load() is even called (the panel renders it on its first frame)', async () => {
    const shared = await withSavedDraft('AB 1961');

    const reopened = createConsultationModel(shared);
    reopened.showJournalled();
    expect(reopened.consultation.value?.patientRef).toBe('AB 1961');
    await reopened.load();
    expect(reopened.consultation.value?.patientRef).toBe('AB 1961');
  });

  it('never shows early a draft of a consultation other than the one shown last', async () => {
    const shared = deps();
    const first = createConsultationModel(shared);
    await first.load();
    first.update((c) => ({ ...c, patientRef: 'AB 1961' }));
    await first.startNew();
    await first.open('c1');
    await first.flush();

    const reopened = createConsultationModel(shared);
    const loading = reopened.load();
    expect(reopened.consultation.value).toBeNull();
    await loading;
    expect(reopened.consultation.value?.id).toBe('c1');
  });

  describe('with the database still loading (the side panel opens it after its first paint)', () => {
    it('shows the journalled draft at once, keeps what is typed meanwhile, and saves it once the database is there', async () => {
      const shared = await withSavedDraft('AB 1961');

      let open: (db: CocreateDb) => void = () => undefined;
      const later = new Promise<CocreateDb>((resolve) => (open = resolve));
      const reopened = createConsultationModel({ ...shared, db: later });
      reopened.showJournalled();
      expect(reopened.consultation.value?.patientRef).toBe('AB 1961');
      const loading = reopened.load();
      reopened.update((c) => ({ ...c, patientRef: 'AB 1961 (daughter present)' }));
      expect(reopened.saveStatus.value.kind).toBe('saving');

      open(shared.db);
      await loading;
      await reopened.flush();
      expect(reopened.consultation.value?.patientRef).toBe('AB 1961 (daughter present)');
      expect((await shared.db.consultations.get('c1'))?.patientRef).toBe('AB 1961 (daughter present)');
      expect(reopened.saveStatus.value.kind).toBe('saved');
    });

    it('says in plain words when the database never opens, and keeps the draft on screen and in the journal', async () => {
      const shared = await withSavedDraft('AB 1961');

      const failed = Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      const reopened = createConsultationModel({ ...shared, db: failed });
      await reopened.load();
      const status = reopened.saveStatus.value;
      expect(status.kind).toBe('error');
      expect(status.kind === 'error' && status.message).toMatch(/could not open its saved consultations/);
      expect(reopened.consultation.value?.patientRef).toBe('AB 1961');

      reopened.update((c) => ({ ...c, patientRef: 'AB 1961 typed after the failure' }));
      await reopened.flush();
      expect(shared.journal.read()?.patientRef).toBe('AB 1961 typed after the failure');
      expect(reopened.saveStatus.value.kind).toBe('error');
    });
  });

  it('starts a blank consultation when nothing is stored', async () => {
    const model = createConsultationModel(deps());
    await model.load();
    expect(model.consultation.value?.id).toBe('c1');
    expect(model.consultation.value?.path).toBe('quick');
  });

  it('saves every change and reopens the same consultation', async () => {
    const shared = deps();
    const first = createConsultationModel(shared);
    await first.load();
    first.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: 'Walking the dog' } }));
    await first.flush();
    expect(first.saveStatus.value.kind).toBe('saved');

    const reopened = createConsultationModel(shared);
    await reopened.load();
    expect(reopened.consultation.value?.agenda.whatMatters).toBe('Walking the dog');
  });

  it('recovers newer text from the journal when IndexedDB missed the last write', async () => {
    const shared = deps();
    const first = createConsultationModel(shared);
    await first.load();
    await first.flush();
    const unsaved = {
      ...first.consultation.value!,
      patientRef: 'AB 1961',
      updatedAt: '2099-01-01T00:00:00.000Z',
    };
    shared.journal.write(unsaved);

    const reopened = createConsultationModel(shared);
    await reopened.load();
    expect(reopened.consultation.value?.patientRef).toBe('AB 1961');
    await reopened.flush();
    expect((await shared.db.consultations.get(unsaved.id))?.patientRef).toBe('AB 1961');
  });

  it('undoes the last change', async () => {
    const model = createConsultationModel(deps());
    await model.load();
    model.update((c) => ({ ...c, patientRef: 'one' }));
    model.update((c) => ({ ...c, patientRef: 'two' }));
    model.undo();
    expect(model.consultation.value?.patientRef).toBe('one');
    expect(model.canUndo.value).toBe(true);
  });

  it('keeps the text on screen and says why when storage refuses a write', async () => {
    const shared = deps();
    const model = createConsultationModel(shared);
    await model.load();
    shared.db.consultations.put = (() =>
      Promise.reject(
        new DOMException('full', 'QuotaExceededError'),
      )) as unknown as typeof shared.db.consultations.put;
    model.update((c) => ({ ...c, patientRef: 'kept' }));
    await model.flush();
    expect(model.consultation.value?.patientRef).toBe('kept');
    const status = model.saveStatus.value;
    expect(status.kind === 'error' && status.message).toMatch(/run out of storage space/);
  });

  it('starting a new consultation keeps the old one stored', async () => {
    const shared = deps();
    const model = createConsultationModel(shared);
    await model.load();
    model.update((c) => ({ ...c, patientRef: 'first' }));
    await model.startNew();
    expect(model.consultation.value?.patientRef).toBe('');
    expect(await shared.db.consultations.count()).toBe(2);
  });

  describe('saves while typing', () => {
    function countPuts(shared: ConsultationModelDeps & { db: CocreateDb }): { count: number } {
      const counter = { count: 0 };
      const put = shared.db.consultations.put.bind(shared.db.consultations);
      shared.db.consultations.put = (...args: Parameters<typeof put>) => {
        counter.count++;
        return put(...args);
      };
      return counter;
    }

    it('coalesces a burst of keystrokes into one write now and one when flushed', async () => {
      const shared = deps();
      const model = createConsultationModel(shared);
      await model.load();
      await model.flush();
      const puts = countPuts(shared);
      const typed = 'Walking to the allotment';
      for (let i = 1; i <= typed.length; i++) {
        model.update((c) => ({ ...c, agenda: { ...c.agenda, whatMatters: typed.slice(0, i) } }));
      }
      // Every keystroke is in the journal at once.
      expect(shared.journal.read()?.agenda.whatMatters).toBe(typed);
      await model.flush();
      expect(puts.count).toBeLessThanOrEqual(2);
      expect(model.saveStatus.value.kind).toBe('saved');
      const stored = await shared.db.consultations.get(model.consultation.value!.id);
      expect(stored?.agenda.whatMatters).toBe(typed);
    });

    it('writes the last change by itself once the interval has passed', async () => {
      const shared = deps({ saveIntervalMs: 30 });
      const model = createConsultationModel(shared);
      await model.load();
      await model.flush();
      model.update((c) => ({ ...c, patientRef: 'A' }));
      model.update((c) => ({ ...c, patientRef: 'AB' }));
      model.update((c) => ({ ...c, patientRef: 'AB 1961' }));
      await new Promise((resolve) => setTimeout(resolve, 120));
      const stored = await shared.db.consultations.get(model.consultation.value!.id);
      expect(stored?.patientRef).toBe('AB 1961');
      expect(model.saveStatus.value.kind).toBe('saved');
    });
  });
});
