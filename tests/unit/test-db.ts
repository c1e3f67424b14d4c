import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDb, type CocreateDb } from '../../lib/storage/db';

/** A fresh, isolated database per test. */
export function testDb(name = 'cocreate-test'): CocreateDb {
  return openDb({ name, indexedDB: new IDBFactory(), IDBKeyRange });
}
