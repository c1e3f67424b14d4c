/**
 * Field-level changes between two snapshots of a record, so two windows editing
 * the same consultation can exchange just what changed and keep each other's
 * edits (docs/architecture.md, "How a keystroke is kept"). Arrays count as one field: replacing a
 * list is atomic, which keeps list order meaningful.
 */
export interface LeafChange {
  path: string[];
  value: unknown;
}

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every field whose value differs between `before` and `after`. */
export function diffLeaves(before: unknown, after: unknown, path: string[] = []): LeafChange[] {
  if (isTree(before) && isTree(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => diffLeaves(before[key], after[key], [...path, key]));
  }
  return sameValue(before, after) ? [] : [{ path, value: after }];
}

/** A copy of `target` with each change applied; untouched branches are shared. */
export function applyLeaves<T>(target: T, changes: readonly LeafChange[]): T {
  let result: unknown = target;
  for (const change of changes) result = setPath(result, change.path, change.value);
  return result as T;
}

function setPath(target: unknown, path: string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const tree = isTree(target) ? target : {};
  return { ...tree, [head]: setPath(tree[head], rest, value) };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
