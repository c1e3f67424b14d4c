import { newConsultation } from '../../../lib/domain/new-consultation';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { writeSettings } from '../../../lib/storage/settings';
import type { CocreateDb } from '../../../lib/storage/db';

/** One or more rows in every table, including an `undefined` property dexie-export-import must encode. */
export async function seedEveryTable(db: CocreateDb): Promise<void> {
  const base = newConsultation({
    id: 'c1',
    now: new Date('2026-11-20T10:00:00Z'),
    path: 'full',
    plannedMinutes: 15,
  });
  await db.consultations.bulkPut([
    { ...base, patientRef: 'AB 1950', agenda: { ...base.agenda, whatMatters: 'Walking to the allotment' } },
    { ...base, id: 'c2', status: 'agreed', agreement: { ...base.agreement, goal: 'Walk 20 minutes daily' } },
  ]);
  await db.plans.put({
    id: 'p1',
    consultationId: 'c2',
    givenAt: '2026-11-20T10:20:00Z',
    format: 'print',
    language: 'both',
    text: 'You will walk 20 minutes a day.',
  });
  await db.retentionRuns.put({
    id: 'r1',
    at: '2026-11-21T08:00:00Z',
    automatic: true,
    consultationsPurged: 2,
    plansDeleted: 1,
    failures: 0,
  });
  await db.grids.put({
    id: 'knee-pain',
    source: 'local',
    updatedAt: '2026-11-01T00:00:00Z',
    keywords: ['knee', 'osteoarthritis'],
    grid: { id: 'knee-pain', title: 'Knee pain', translationOf: undefined },
  });
  await writeSettings(db, { ...DEFAULT_SETTINGS, practiceName: 'Riverside Surgery', largePrint: true });
  await db.pdsa.put({
    id: 'd1',
    createdAt: '2026-11-02T00:00:00Z',
    aim: 'Offer a plan copy to every patient',
    change: 'Print by default',
    prediction: 'More copies taken',
    whatHappened: '',
    learned: '',
    nextCycle: '',
  });
}

/** Every row of every table, for before/after comparison. */
export async function dumpAll(db: CocreateDb): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}
