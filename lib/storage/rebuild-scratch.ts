/**
 * The scratch copy a database rebuild leaves while it runs (rebuild-database.ts). Its own tiny
 * module so a page can check for an interrupted rebuild without loading the rebuild code.
 */
export function rebuildScratchName(databaseName: string): string {
  return `${databaseName}-rebuild`;
}

/** Whether a rebuild of `databaseName` was interrupted and its scratch copy is still there. */
export async function rebuildInterrupted(idb: IDBFactory, databaseName: string): Promise<boolean> {
  const names = (await idb.databases()).map((info) => info.name);
  return names.includes(rebuildScratchName(databaseName));
}
