import type { Page } from 'playwright-core';
import type { AuditRow } from '../../lib/audit/audit-row';
import { weekStart } from '../../lib/audit/iso-week';

/**
 * Helpers for the practice report e2e test (docs/practice-report.md). Seeding writes audit rows
 * into the extension's own database the way the database keeps them (one record a week), so a
 * profile can stand for a clinician's months without driving each consultation.
 */

/** An agreed quick-path plan's audit row: agenda, options and agreement used. */
export function seededRow(id: string, createdAt: string, extra: Partial<AuditRow> = {}): AuditRow {
  return {
    id,
    createdAt,
    lastDay: createdAt.slice(0, 10),
    path: 'quick',
    status: 'agreed',
    // Bits of agenda (1), options (3) and agreement (4) in ELEMENT_IDS order.
    used: (1 << 1) | (1 << 3) | (1 << 4),
    gridId: 'knee-osteoarthritis',
    gridTitle: 'Knee osteoarthritis',
    careAims: [],
    noTreatment: false,
    confidence: 7,
    baseline: 4,
    previousId: null,
    isReview: false,
    attainment: '',
    nextStep: '',
    measureNow: null,
    confidenceNow: null,
    collaborate: [null, null, null],
    purged: false,
    given: true,
    teachBack: false,
    sure: null,
    minutesUsed: null,
    minutesBooked: null,
    chosen: [],
    ...extra,
  };
}

/** Adds rows to the weeks they belong to in the extension's IndexedDB (on an extension page). */
export async function seedAuditRows(page: Page, rows: AuditRow[]): Promise<void> {
  const weeks = new Map<string, AuditRow[]>();
  for (const row of rows)
    weeks.set(weekStart(row.createdAt), [...(weeks.get(weekStart(row.createdAt)) ?? []), row]);
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cocreate');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('auditWeeks', 'readwrite');
          const store = tx.objectStore('auditWeeks');
          for (const [week, rows] of entries) {
            const get = store.get(week);
            get.onsuccess = () => {
              const kept = (get.result as { rows: unknown[] } | undefined)?.rows ?? [];
              store.put({ week, rows: [...kept, ...rows] });
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    [...weeks],
  );
}

/** Downloads the audit page's team export under a role (and a label, if given); returns the file's path. */
export async function downloadTeamExport(audit: Page, role: string, label = ''): Promise<string> {
  const section = audit.getByRole('region', { name: 'Team export for the practice report' });
  await section.getByLabel('Your role', { exact: true }).selectOption(role);
  if (label) await section.getByLabel(/^Name or label/).fill(label);
  const [download] = await Promise.all([
    audit.waitForEvent('download'),
    section.getByRole('button', { name: 'Download team export' }).click(),
  ]);
  return download.path();
}
