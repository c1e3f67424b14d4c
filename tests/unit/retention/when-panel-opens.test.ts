import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { retentionWhenPanelOpens } from '../../../lib/retention/when-panel-opens';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { openDb } from '../../../lib/storage/db';
import { rebuildInterrupted } from '../../../lib/storage/rebuild-scratch';

const now = () => new Date('2026-11-30T09:00:00Z');
const deps = (name: string) => ({
  db: openDb({ name }),
  now,
  newId: () => 'run-1',
  announce: () => undefined,
  idb: indexedDB,
});

describe('retention when the panel opens', () => {
  it('finishes a database rebuild the browser stopped half way, then drops the scratch copy', async () => {
    const name = 'cocreate-interrupted';
    const kept = newConsultation({ id: 'c1', now: now(), path: 'quick', plannedMinutes: 10 });
    const scratch = openDb({ name: `${name}-rebuild` });
    await scratch.consultations.put(kept);
    await scratch.settings.put({ key: 'rebuildCopyComplete', value: true });
    scratch.close();
    const opening = deps(name);
    expect(await rebuildInterrupted(indexedDB, name)).toBe(true);

    await retentionWhenPanelOpens(opening, DEFAULT_SETTINGS);

    expect((await opening.db.consultations.get('c1'))?.id).toBe('c1');
    expect(await rebuildInterrupted(indexedDB, name)).toBe(false);
  });

  it('with no rebuild pending, changes nothing and counts what is due', async () => {
    const name = 'cocreate-untouched';
    const opening = deps(name);
    const fresh = newConsultation({ id: 'c2', now: now(), path: 'quick', plannedMinutes: 10 });
    await opening.db.consultations.put(fresh);

    expect(await retentionWhenPanelOpens(opening, DEFAULT_SETTINGS)).toBe(0);
    expect((await opening.db.consultations.get('c2'))?.updatedAt).toBe(fresh.updatedAt);
    expect(await rebuildInterrupted(indexedDB, name)).toBe(false);
  });
});
