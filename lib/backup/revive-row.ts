/**
 * dexie-export-import encodes each row with Typeson, adding a `$types` map of
 * key path → type, e.g. `{ "agenda.items": "arrayNonindexKeys", "grid.x": "undef" }`.
 * Its reviver is not exported, and Cocreate only stores plain JSON-like data, so
 * this undoes the three encodings our rows carry — arrays (tagged, unchanged),
 * `undefined` properties and one object referenced twice — and reports anything
 * else (dates, blobs) as not ours.
 */
export function reviveRow(raw: unknown): { ok: true; row: unknown } | { ok: false } {
  if (!isObject(raw) || !Object.hasOwn(raw, '$types')) return { ok: true, row: raw };
  const { $types: types, ...row } = raw;
  if (!isObject(types)) return { ok: false };
  for (const [path, type] of Object.entries(types)) {
    const keys = path.split('.').map(unescapeKey);
    const parent = walk(row, keys.slice(0, -1));
    const last = keys[keys.length - 1];
    if (!parent || last === undefined) return { ok: false };
    if (type === 'arrayNonindexKeys' && Array.isArray(parent[last])) continue;
    if (type === 'undef' && parent[last] === 0) {
      // Typeson writes undefined as 0 and tags it; the property did not hold a value.
      delete parent[last];
      continue;
    }
    if (type === '#' && typeof parent[last] === 'string') {
      // The same object stored twice in one row (e.g. one keyword list under two names) is
      // written once, then as "#<key path of the first>". It is shared again, as it was.
      const target = referencedObject(row, parent[last], path);
      if (!target) return { ok: false };
      parent[last] = target;
      continue;
    }
    return { ok: false };
  }
  return { ok: true, row };
}

/** The object a Typeson "#" reference names; never the row itself or an ancestor (a true cycle). */
function referencedObject(
  row: Record<string, unknown>,
  reference: string,
  from: string,
): Record<string, unknown> | undefined {
  const target = reference.slice(1);
  if (!reference.startsWith('#') || target === '' || from === target || from.startsWith(`${target}.`))
    return undefined;
  return walk(row, target.split('.').map(unescapeKey));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object';
}

function unescapeKey(component: string): string {
  return component.replace(/~1/g, '.').replace(/~0/g, '~');
}

function walk(root: Record<string, unknown>, keys: string[]): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const key of keys) {
    if (!isObject(node)) return undefined;
    node = node[key];
  }
  return isObject(node) ? node : undefined;
}
