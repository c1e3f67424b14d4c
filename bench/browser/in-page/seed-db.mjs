// Writes benchmark data straight into the extension's own IndexedDB ("cocreate"),
// which the side panel has already created with its Dexie schema.
export default async function seedDb({ consultations = [], grids = [], current = null, clear = false }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('cocreate');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('consultations')) {
      throw new Error('The cocreate database has no consultations store: open the side panel once first.');
    }
    // The audit's rows (lib/storage/audit-weeks.ts) go with the consultations they describe.
    const derived = db.objectStoreNames.contains('auditWeeks') ? ['auditWeeks'] : [];
    const tx = db.transaction(['consultations', 'grids', 'settings', ...derived], 'readwrite');
    const done = new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    if (clear) {
      tx.objectStore('consultations').clear();
      tx.objectStore('grids').clear();
      for (const store of derived) tx.objectStore(store).clear();
    }
    for (const consultation of consultations) tx.objectStore('consultations').put(consultation);
    for (const grid of grids) {
      tx.objectStore('grids').put({
        id: grid.id,
        source: 'local',
        updatedAt: '2026-11-01T09:00:00.000Z',
        keywords: grid.keywords,
        grid,
      });
    }
    if (current) {
      tx.objectStore('consultations').put(current);
      tx.objectStore('settings').put({ key: 'currentConsultationId', value: current.id });
    }
    await done;
    // The draft journal mirrors what the panel itself leaves behind after typing.
    if (current) {
      localStorage.setItem('cocreate.draft-journal', JSON.stringify(current));
      localStorage.setItem('cocreate.shown-id', current.id);
    }
    const count = await new Promise((resolve, reject) => {
      const request = db.transaction('consultations').objectStore('consultations').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return count;
  } finally {
    db.close();
  }
}
