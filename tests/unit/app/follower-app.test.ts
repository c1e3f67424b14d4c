import { describe, expect, it } from 'vitest';
import { createFollowerApp } from '../../../lib/app/follower-app';
import { withCopyGiven } from '../../../lib/plan/copy-given';
import { sendGrid } from '../../../lib/preparation/grids-sent';
import type { SyncMessage } from '../../../lib/state/sync-channel';
import { consultationRepository } from '../../../lib/storage/consultations';
import { complete } from '../plan/consultations';
import { testDb } from '../test-db';

const NOW = new Date('2026-11-23T10:00:00Z');

function follower() {
  const db = testDb(`follower-${Math.random()}`);
  const sent: SyncMessage[] = [];
  let deliver: (message: SyncMessage) => void = () => undefined;
  const app = createFollowerApp({
    db,
    id: complete().id,
    sync: { post: (m) => void sent.push(m), listen: (handler) => void (deliver = handler) },
    now: () => NOW,
    newId: () => 'row1',
  });
  return { app, db, sent, deliver: (m: SyncMessage) => deliver(m) };
}

describe('the application model of a page that follows the panel', () => {
  it('saves a named change in order and tells the panel only what changed', async () => {
    const { app, db, sent } = follower();
    const start = complete();
    await consultationRepository(db).put(start);
    const printed = app.change(start, withCopyGiven, {
      how: 'printed',
      languages: ['en'],
      at: NOW.toISOString(),
    });
    const sentGrid = app.change(printed, sendGrid, null, 'knee');
    await app.flushed();
    const stored = await consultationRepository(db).get(start.id);
    expect(stored?.copiesGiven).toEqual([{ how: 'printed', languages: ['en'], at: NOW.toISOString() }]);
    expect(stored?.preparation.gridsSentInAdvance).toContain('knee');
    expect(stored?.updatedAt).toBe(NOW.toISOString());
    expect(sentGrid.updatedAt).toBe(NOW.toISOString());
    const paths = sent.map((m) => m.changes.map((c) => c.path.join('.')).sort());
    expect(paths).toEqual([['copiesGiven', 'updatedAt'], ['preparation.gridsSentInAdvance']]);
  });

  it('follows the panel’s edits to this consultation only', () => {
    const { app, deliver } = follower();
    const seen: string[] = [];
    app.follow((change) => seen.push(change(complete()).patientRef));
    deliver({ consultationId: 'another', updatedAt: '', changes: [{ path: ['patientRef'], value: 'X' }] });
    deliver({
      consultationId: complete().id,
      updatedAt: '',
      changes: [{ path: ['patientRef'], value: 'AB 1980' }],
    });
    expect(seen).toEqual(['AB 1980']);
  });
});
