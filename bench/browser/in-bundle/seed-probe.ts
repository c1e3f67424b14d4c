import { fullConsultations } from '../../fixtures/consultation';
import { benchGrids } from '../../fixtures/grids';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Generates fixtures inside the extension page and stores them, so 20,000
 * consultations need not cross CDP as JSON (in-page/seed-db.mjs does the
 * clearing and the open draft). Consultations `from` … `from + count - 1`;
 * grids `0` … `grids - 1` when `grids` is given.
 */
export default async function seedProbe(arg: { from: number; count: number; grids?: number }) {
  const db = await request(indexedDB.open('cocreate'));
  try {
    const tx = db.transaction(['consultations', 'grids'], 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    for (const consultation of fullConsultations(arg.count, arg.from)) {
      tx.objectStore('consultations').put(consultation);
    }
    for (const grid of benchGrids(arg.grids ?? 0)) {
      tx.objectStore('grids').put({
        id: grid.id,
        source: 'local',
        updatedAt: '2026-11-01T09:00:00.000Z',
        keywords: grid.keywords,
        grid,
      });
    }
    await done;
    return await request(db.transaction('consultations').objectStore('consultations').count());
  } finally {
    db.close();
  }
}
