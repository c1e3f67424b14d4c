import { describe, expect, it } from 'vitest';
import { toAuditRow, type AuditRow } from '../../../lib/audit/audit-row';
import { computeAudit } from '../../../lib/audit/compute-audit';
import { ANY_GRID } from '../../../lib/audit/filter';
import { loadAuditRows } from '../../../lib/storage/audit-rows';
import type { Consultation } from '../../../lib/domain/consultation';
import type { CocreateDb } from '../../../lib/storage/db';
import { agreedPlan, consultation, reviewOf } from '../audit/fixtures';
import { testDb } from '../test-db';

const november = { from: '2026-11-01', to: '2026-11-30', grid: ANY_GRID };

async function auditRows(db: CocreateDb): Promise<Record<string, AuditRow[]>> {
  const weeks = await db.auditWeeks.toArray();
  return Object.fromEntries(weeks.map((week) => [week.week, week.rows]));
}

describe('the audit rows the database keeps beside each consultation', () => {
  it('files a saved consultation under the Monday of the week it was created', async () => {
    const db = testDb(`aw-${Math.random()}`);
    const plan = agreedPlan('p1', '2026-11-26T09:00:00Z');
    await db.consultations.put(plan);
    expect(await auditRows(db)).toEqual({ '2026-11-23': [toAuditRow(plan)] });
  });

  it('follows every later save, update and status change', async () => {
    const db = testDb(`aw-${Math.random()}`);
    const plan = agreedPlan('p1', '2026-11-26T09:00:00Z', { confidence: 4 });
    await db.consultations.put(plan);
    await db.consultations.put({ ...plan, agreement: { ...plan.agreement, confidence: 9 } });
    await db.consultations.update('p1', { status: 'closed' });
    const [row] = (await auditRows(db))['2026-11-23']!;
    expect(row).toMatchObject({ id: 'p1', confidence: 9, status: 'closed' });
  });

  it('moves a row when a consultation is stored under another creation date', async () => {
    const db = testDb(`aw-${Math.random()}`);
    const plan = agreedPlan('p1', '2026-11-26T09:00:00Z');
    await db.consultations.bulkPut([plan, agreedPlan('p2', '2026-11-27T09:00:00Z')]);
    await db.consultations.put({ ...plan, createdAt: '2026-12-01T09:00:00Z' });
    const rows = await auditRows(db);
    expect(rows['2026-11-23']!.map((row) => row.id)).toEqual(['p2']);
    expect(rows['2026-11-30']!.map((row) => row.id)).toEqual(['p1']);
  });

  it.each<[string, (db: CocreateDb) => Promise<unknown>]>([
    ['delete', (db) => db.consultations.delete('p1')],
    ['bulkDelete', (db) => db.consultations.bulkDelete(['p1'])],
    ['a query delete', (db) => db.consultations.where('patientRef').equals('ABp1').delete()],
    ['a key range delete', (db) => db.consultations.where('id').between('p0', 'p1z').delete()],
  ])('drops the row on %s, and the week once it is empty', async (_, remove) => {
    const db = testDb(`aw-${Math.random()}`);
    await db.consultations.bulkPut([
      agreedPlan('p1', '2026-11-26T09:00:00Z'),
      agreedPlan('q1', '2026-12-02T09:00:00Z'),
    ]);
    await remove(db);
    expect(Object.keys(await auditRows(db))).toEqual(['2026-11-30']);
  });

  it('empties with the consultations table', async () => {
    const db = testDb(`aw-${Math.random()}`);
    await db.consultations.bulkPut([
      agreedPlan('p1', '2026-11-26T09:00:00Z'),
      agreedPlan('q1', '2026-12-02T09:00:00Z'),
    ]);
    await db.consultations.clear();
    expect(await db.auditWeeks.count()).toBe(0);
  });

  it('writes inside a transaction that names only other tables, and rolls back with it', async () => {
    const db = testDb(`aw-${Math.random()}`);
    await db.transaction('rw', db.consultations, db.plans, async () => {
      await db.consultations.put(agreedPlan('p1', '2026-11-26T09:00:00Z'));
    });
    await expect(
      db.transaction('rw', db.consultations, async () => {
        await db.consultations.put(agreedPlan('p2', '2026-11-26T10:00:00Z'));
        throw new Error('the save failed half way');
      }),
    ).rejects.toThrow('half way');
    expect((await auditRows(db))['2026-11-23']!.map((row) => row.id)).toEqual(['p1']);
    expect(await db.consultations.count()).toBe(1);
  });

  it('loads the same figures as computing from the whole records, earlier plans included', async () => {
    const db = testDb(`aw-${Math.random()}`);
    const stored: Consultation[] = [
      agreedPlan('oct', '2026-10-10T09:00:00Z', { baseline: 2 }),
      agreedPlan('p1', '2026-11-02T09:00:00Z', { baseline: 3 }),
      consultation('open', '2026-11-05T09:00:00Z'),
      reviewOf('r-oct', '2026-11-20T09:00:00Z', 'oct', { attainment: 'achieved', patientMeasureNow: 7 }),
      reviewOf('r-p1', '2026-11-28T09:00:00Z', 'p1', { attainment: 'partly', patientMeasureNow: 4 }),
      agreedPlan('dec', '2026-12-01T09:00:00Z'),
    ];
    await db.consultations.bulkPut(stored);
    const loaded = await loadAuditRows(db, november.from, november.to);
    expect(loaded.map((row) => row.id).sort()).toEqual(['dec', 'oct', 'open', 'p1', 'r-oct', 'r-p1']);
    const figures = computeAudit(loaded, november);
    expect(figures).toEqual(computeAudit(stored.map(toAuditRow), november));
    expect(figures.patientMeasureChange).toEqual({ mean: 3, n: 2 });
  });
});

describe('an audit row', () => {
  it('holds no patient reference and no typed text', () => {
    const marked = reviewOf('r1', '2026-11-25T15:45:00Z', 'p1', {
      attainment: 'partly',
      helped: 'SECRET-helped',
      gotInTheWay: 'SECRET-way',
      clinicalValueNow: 'SECRET-value',
    });
    const c: Consultation = {
      ...marked,
      patientRef: 'SECRET-ref',
      agenda: {
        ...marked.agenda,
        whatMatters: 'SECRET-matters',
        items: [{ id: 'a', text: 'SECRET-item', owner: 'patient' }],
      },
      agreement: { ...marked.agreement, goal: 'SECRET-goal', rationale: 'SECRET-why' },
      options: {
        ...marked.options,
        problem: 'SECRET-problem',
        options: [{ id: 'o', label: 'SECRET-option', pros: '', cons: '', isDoNothing: false }],
      },
    };
    const row = JSON.stringify(toAuditRow(c));
    expect(row).not.toContain('SECRET');
    expect(toAuditRow(c)).toMatchObject({ isReview: true, attainment: 'partly', previousId: 'p1' });
  });

  it('is made from a half-written record without throwing', () => {
    const partial = {
      id: 'x',
      createdAt: '2026-11-25T09:00:00Z',
      path: 'quick',
      status: 'open',
    } as unknown as Consultation;
    expect(toAuditRow(partial)).toMatchObject({
      id: 'x',
      used: 0,
      gridId: null,
      isReview: false,
      purged: false,
    });
  });
});
