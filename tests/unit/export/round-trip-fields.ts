import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { ENUMS, LIST_ITEMS } from '../../../lib/domain/normalise-consultation';

/** One leaf of a consultation: its dotted path (list items by index) and value. */
export interface Leaf {
  path: string;
  value: unknown;
}

/** "agenda.items.2.text" → "agenda.items.*.text": the field, whichever item. */
export const fieldOf = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '.*');

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every leaf under a value (an empty list or object has none). */
export function leavesOf(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, `${path}.${i}`));
  if (isRecord(value))
    return Object.entries(value).flatMap(([k, v]) => leavesOf(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

/** Fields whose value is null or a record in a fresh consultation, as their filled shape. */
const FILLED_SHAPES: Record<string, unknown> = { 'options.grid': { id: '', version: '', title: '' } };

/**
 * Every field of the consultation schema, as the store normalises it: the fresh consultation's
 * leaves, each list's item fields (lib/domain/normalise-consultation.ts), and the item of each
 * list of plain values. A field added to the consultation appears here without naming it.
 */
export function schemaFields(): string[] {
  const fresh = newConsultation({ id: 'x', now: new Date(0), path: 'full', plannedMinutes: 10 });
  const fields = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (value === null && FILLED_SHAPES[path]) return walk(FILLED_SHAPES[path], path);
    if (Array.isArray(value)) {
      const item = LIST_ITEMS[path];
      if (item) return walk(item, `${path}.*`);
      if (value.length === 0) return fields.add(`${path}.*`);
      return value.forEach((v, i) => walk(v, `${path}.${i}`));
    }
    if (isRecord(value)) return Object.entries(value).forEach(([k, v]) => walk(v, path ? `${path}.${k}` : k));
    fields.add(fieldOf(path));
  };
  walk(fresh, '');
  return [...fields].sort();
}

/** Whether a leaf holds something a clinician filled (not empty, and not the fresh default). */
export function isFilled(leaf: Leaf, fresh: Consultation): boolean {
  if (leaf.value === '' || leaf.value === null || leaf.value === false) return false;
  const before = leavesOf(fresh).find((l) => l.path === leaf.path);
  return before === undefined || before.value !== leaf.value;
}

/** Lists of option ids: compared and changed by the options they name. */
export const OPTION_REFERENCES = ['options.leaning.*', 'agreement.chosenOptionIds.*'];

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Another valid value for the leaf, so that an export that carries the field changes. */
function changed(c: Consultation, leaf: Leaf): unknown {
  const field = fieldOf(leaf.path);
  const allowed = ENUMS[field];
  if (allowed) return allowed.find((v) => v !== leaf.value && v !== '' && v !== null);
  if (OPTION_REFERENCES.includes(field)) return c.options.options.find((o) => o.id !== leaf.value)?.id;
  if (typeof leaf.value === 'boolean') return !leaf.value;
  if (typeof leaf.value === 'number') return leaf.value >= 10 ? leaf.value - 1 : leaf.value + 1;
  if (typeof leaf.value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(leaf.value) ? nextDay(leaf.value) : `${leaf.value} (changed)`;
  throw new Error(`No other value for ${leaf.path}`);
}

/** The consultation with one leaf given another valid value. */
export function withChanged(c: Consultation, leaf: Leaf): Consultation {
  const copy = structuredClone(c);
  const keys = leaf.path.split('.');
  let at: Record<string, unknown> = copy as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = changed(c, leaf);
  return copy;
}

/** The leaf's value as the clinician sees it: an option id as that option's label. */
export function shown(c: Consultation, path: string): unknown {
  const value = leavesOf(c).find((l) => l.path === path)?.value;
  if (!OPTION_REFERENCES.includes(fieldOf(path))) return value;
  return c.options.options.find((o) => o.id === value)?.label;
}

/**
 * The bundle's data without its renderings: every narrative (`text` with a `div`), every attachment's
 * bytes (the patient's plan as a page) and the seal over them. A field that changes only these is
 * shown to a reader of the document, not carried as data a system can read back.
 */
export function dataOf(bundle: unknown): unknown {
  if (Array.isArray(bundle)) return bundle.map(dataOf);
  if (!isRecord(bundle)) return bundle;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(bundle)) {
    if (key === 'text' && isRecord(value) && 'div' in value) continue;
    if (key === 'data' && typeof value === 'string') continue;
    if (key === 'tag') continue;
    out[key] = dataOf(value);
  }
  return out;
}
