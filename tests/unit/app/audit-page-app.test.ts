import { describe, expect, it } from 'vitest';
import { createAuditPageApp } from '../../../lib/app/audit-page-app';
import type { Consultation } from '../../../lib/domain/consultation';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import type { SyncMessage } from '../../../lib/state/sync-channel';
import { savePdsa } from '../../../lib/storage/pdsa';
import { agreedPlan } from '../audit/fixtures';
import { testDb } from '../test-db';

const NOW = new Date('2027-03-01T12:00:00Z');
const saved = (c: Consultation, updatedAt: string): Consultation => ({ ...c, updatedAt });

async function auditPage(settings = { ...DEFAULT_SETTINGS, teamExportFolder: 'S:\\Audit' }) {
  const db = testDb(`audit-page-${Math.random()}`);
  // Due for removal after 90 days, and outside the default period (the last 90 days).
  await db.consultations.bulkPut([
    saved(agreedPlan('old', '2026-09-01T09:00:00Z'), '2026-09-01T09:30:00Z'),
    saved(agreedPlan('recent', '2027-02-01T09:00:00Z'), '2027-02-01T09:30:00Z'),
  ]);
  const cleared: string[] = [];
  const posted: SyncMessage[] = [];
  let rebuilds = 0;
  let ids = 0;
  const app = createAuditPageApp({
    db,
    now: () => NOW,
    newId: () => `id${++ids}`,
    journal: { clear: (id) => void cleared.push(id) },
    sync: { post: (message) => void posted.push(message) },
    readSettings: () => Promise.resolve(settings),
    rebuild: () => {
      rebuilds += 1;
      return Promise.resolve();
    },
    exportSource: () => 'pc-word',
  });
  return { app, db, cleared, posted, rebuilds: () => rebuilds };
}

describe('the audit page’s model', () => {
  it('reads the last 90 days’ figures, the grids used, the team folder and what retention has due', async () => {
    const { app } = await auditPage();
    expect(app.rows.value).toBeNull();
    expect(app.filter.value).toMatchObject({ from: '2026-12-02', to: '2027-03-01' });
    await app.load();
    expect(app.rows.value?.map((row) => row.id)).toEqual(['recent']);
    expect(app.figures.value?.consultations).toBe(1);
    expect(app.grids.value).toEqual([{ id: 'asthma-inhalers', title: 'Asthma inhalers' }]);
    expect(app.folder.value).toBe('S:\\Audit');
    expect(app.retention.due.value.map((c) => c.id)).toEqual(['old']);
    expect(app.retention.settings.value?.retentionDays).toBe(90);
  });

  it('reads the rows again when the period moves, and refilters when only the grid changes', async () => {
    const { app } = await auditPage();
    await app.load();
    await app.chooseFilter({ ...app.filter.value, from: '2026-08-01' });
    expect(app.rows.value?.map((row) => row.id).sort()).toEqual(['old', 'recent']);
    const rows = app.rows.value;
    await app.chooseFilter({ ...app.filter.value, grid: 'knee-oa' });
    expect(app.rows.value).toBe(rows);
    expect(app.figures.value?.consultations).toBe(0);
  });

  it('removes the due text when asked, tells the panels, records the run and reads everything again', async () => {
    const { app, db, cleared, posted, rebuilds } = await auditPage();
    await app.load();
    await app.chooseFilter({ ...app.filter.value, from: '2026-08-01' });
    const outcome = await app.retention.removeDueText();
    expect(outcome).toMatchObject({ rebuilt: true, failures: [] });
    expect(cleared).toEqual(['old']);
    expect(posted.map((m) => m.consultationId)).toEqual(['old']);
    expect(rebuilds()).toBe(1);
    expect((await db.consultations.get('old'))?.purgedAt).toBe(NOW.toISOString());
    expect(app.retention.due.value).toEqual([]);
    expect(app.retention.runs.value).toMatchObject([{ automatic: false, consultationsPurged: 1 }]);
    // The audit row stays: the figures are read again and still count it.
    expect(app.figures.value?.consultations).toBe(2);
  });

  it('removes nothing before the settings are read', async () => {
    const { app, cleared } = await auditPage();
    expect(await app.retention.removeDueText()).toBeNull();
    expect(cleared).toEqual([]);
  });

  it('adds, keeps and deletes the clinician’s own PDSA cycles, never listing the practice’s', async () => {
    const { app, db } = await auditPage();
    await savePdsa(db, {
      ...app.pdsa.newEntry(),
      aim: 'Practice aim',
      practice: { measure: 'm', startWeek: '2027-W01', studyWeek: '2027-W05' },
    });
    await app.load();
    expect(app.pdsa.entries.value).toEqual([]);
    const draft = app.pdsa.newEntry();
    expect(draft).toMatchObject({ id: 'id2', createdAt: NOW.toISOString(), aim: '' });
    await app.pdsa.saveEntry({ ...draft, aim: 'More goals recorded' });
    expect(app.pdsa.entries.value.map((entry) => entry.aim)).toEqual(['More goals recorded']);
    await app.pdsa.deleteEntry(draft.id);
    expect(app.pdsa.entries.value).toEqual([]);
  });
});
