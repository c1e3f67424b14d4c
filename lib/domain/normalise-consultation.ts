import type { Consultation } from './consultation';
import { ELEMENT_REGISTRY, RECORD_FIELDS } from './element-registry';
import { ELEMENT_IDS } from './elements';
import { choiceValues, leafKind, type AnySpec, type AnySpecs } from './field-kinds';
import { newConsultation } from './new-consultation';
import { readCollaborateResponse } from './collaborate-response';

/**
 * A stored or restored record laid over a fresh consultation: every field a
 * renderer, the audit or retention reads is present and of its type, whatever
 * an older version or a hand-edited backup left out or got wrong (docs/data-model.md,
 * "Reading old records"). A value of the wrong type, or an enum value this version
 * does not know (the element registry's values, element-registry.ts), gives way to the fresh default. Fields this version does not know
 * are kept as they are, so retention (lib/retention/purge-text.ts) still sees them.
 * Pure and total.
 */
export function normaliseConsultation(raw: unknown): Consultation {
  const row = isRecord(raw) ? raw : {};
  const template = newConsultation({
    id: typeof row.id === 'string' ? row.id : '',
    now: new Date(0),
    path: 'full',
    plannedMinutes: 10,
  });
  return overlay(template, row, '') as Consultation;
}

/**
 * What normalising checks, as the registry gives it: every field of the seven sections, and the
 * record's own single fields. The record's lists and nested records (copies given, where an
 * earlier plan was imported from, collaboRATE) are read by their own readers and kept as stored.
 */
const CHECKED: AnySpecs = {
  ...Object.fromEntries(Object.entries(RECORD_FIELDS as AnySpecs).filter(([, spec]) => leafKind(spec))),
  ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, { fields: ELEMENT_REGISTRY[id].kinds }])),
};

/** Allowed values of each choice field, by path ('*' for each item of a list), from the registry. */
export const ENUMS: Record<string, readonly unknown[]> = {};
/** What one item of each list of records looks like when fresh, from the registry's `each`. */
export const LIST_ITEMS: Record<string, Record<string, unknown>> = {};
describe(
  newConsultation({ id: '', now: new Date(0), path: 'full', plannedMinutes: 10 }),
  { fields: CHECKED },
  '',
);

function describe(template: unknown, spec: AnySpec | undefined, path: string): void {
  const values = choiceValues(spec);
  if (values) {
    ENUMS[Array.isArray(template) ? `${path}.*` : path] = values;
  } else if (typeof spec === 'object' && 'each' in spec) {
    LIST_ITEMS[path] = freshItem(spec.each);
    describe(LIST_ITEMS[path], { fields: spec.each }, `${path}.*`);
  } else if (typeof spec === 'object' && 'fields' in spec && isRecord(template)) {
    for (const [key, child] of Object.entries(spec.fields))
      describe(template[key], child, path ? `${path}.${key}` : key);
  }
}

/** A list item as it is when added: a choice at its first value, a tick unticked, text empty. */
function freshItem(fields: AnySpecs): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, spec]) => {
      const values = choiceValues(spec);
      if (values) return [key, values[0]];
      return [key, leafKind(spec) === 'choice' ? false : ''];
    }),
  );
}

/** Fields that are either null or a value of their own shape. */
const NULLABLE: Record<string, (value: unknown) => boolean> = {
  purgedAt: (value) => typeof value === 'string',
  'options.grid': isRecord,
  'review.previousConsultationId': (value) => typeof value === 'string',
  // Kept, not nulled: a restored earlier plan stays a baseline, not a consultation (docs/continuity.md).
  importedFrom: isRecord,
  collaborate: (value) => readCollaborateResponse(value) !== null,
};
const GRID_TEMPLATE = { id: '', version: '', title: '' };

function overlay(template: unknown, value: unknown, path: string): unknown {
  const allowed = ENUMS[path];
  if (allowed) return allowed.includes(value) ? value : template;
  if (typeof template === 'string') return typeof value === 'string' ? value : template;
  if (typeof template === 'number') return isFiniteNumber(value) ? value : template;
  if (typeof template === 'boolean') return typeof value === 'boolean' ? value : template;
  if (template === null) {
    if (value === null) return null;
    if (path === 'options.grid') return isRecord(value) ? overlay(GRID_TEMPLATE, value, path) : null;
    const accepts = NULLABLE[path] ?? isFiniteNumber;
    return accepts(value) ? value : null;
  }
  if (Array.isArray(template)) return overlayList(template, value, path);
  if (isRecord(template)) {
    const source = isRecord(value) ? value : {};
    const out: Record<string, unknown> = {};
    for (const [key, fresh] of Object.entries(template)) {
      out[key] = overlay(fresh, source[key], path ? `${path}.${key}` : key);
    }
    // Fields this version does not know stay, so a purge can still reach their text.
    for (const [key, extra] of Object.entries(source)) if (!Object.hasOwn(out, key)) out[key] = extra;
    return out;
  }
  return template;
}

function overlayList(template: unknown[], value: unknown, path: string): unknown[] {
  const items = Array.isArray(value) ? value : [];
  // A fixed-length answer list (collaboRATE, SURE): one slot per question, null when unanswered.
  if (template.length > 0) return template.map((fresh, index) => slot(fresh, items[index]));
  const item = LIST_ITEMS[path];
  if (item) return items.filter(isRecord).map((entry) => overlay(item, entry, `${path}.*`));
  const allowed = ENUMS[`${path}.*`];
  if (allowed) return items.filter((entry) => allowed.includes(entry));
  // A list this version does not describe: kept as it is (a purge still reaches its text).
  return items.filter((entry) => entry !== undefined);
}

function slot(fresh: unknown, value: unknown): unknown {
  if (value === null || isFiniteNumber(value) || typeof value === 'boolean' || typeof value === 'string')
    return value;
  return fresh;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
