import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/storage/db';
import { SCHEMA_HISTORY } from '../../../lib/storage/schema';

/**
 * The migration pattern: each schema version gets a case that seeds data in
 * that version's shape and opens the current database. Add a case per new version.
 */
describe('schema history', () => {
  it('lists versions in increasing order', () => {
    const versions = SCHEMA_HISTORY.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('opens a database seeded at version 1 with every record intact', async () => {
    const indexedDB = new IDBFactory();
    const { Dexie } = await import('dexie');
    const old = new Dexie('migrate-v1', { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_HISTORY[0].stores);
    await old.table('settings').put({ key: 'defaultPath', value: 'full' });
    old.close();

    const current = openDb({ name: 'migrate-v1', indexedDB, IDBKeyRange });
    expect(await current.settings.get('defaultPath')).toEqual({ key: 'defaultPath', value: 'full' });
    expect(current.verno).toBe(SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version);
  });
});
