import type { Consultation } from './consultation';
import { ELEMENT_REGISTRY, RECORD_FIELDS } from './element-registry';
import { ELEMENT_IDS } from './elements';
import { leafKind, type AnySpec, type AnySpecs, type FieldKind } from './field-kinds';

/** Identifiable words someone typed or said: what retention removes. */
export const FREE_TEXT_KINDS: ReadonlySet<FieldKind> = new Set([
  'free-text',
  'patient-words',
  'clinical-value',
]);

/** Everything a clinician typed, dates included: what the "nothing lost" copy holds. */
export const TYPED_KINDS: ReadonlySet<FieldKind> = new Set([...FREE_TEXT_KINDS, 'date', 'patient-ref']);

/** The whole consultation's specs, record fields first, then the sections in framework order. */
const CONSULTATION_SPECS: AnySpecs = {
  ...(RECORD_FIELDS as AnySpecs),
  ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, { fields: ELEMENT_REGISTRY[id].kinds }])),
};

/**
 * Dotted paths of the fields that hold the patient's own words ("agenda.whatMatters",
 * "agenda.items.text"): quoted back in the plan, so plain-word replacement must leave them as said.
 */
export const PATIENT_WORDS_FIELDS: readonly string[] = pathsOfKind(CONSULTATION_SPECS, 'patient-words', []);

function pathsOfKind(specs: AnySpecs, kind: FieldKind, prefix: string[]): string[] {
  return Object.entries(specs).flatMap(([key, spec]) => {
    const path = [...prefix, key];
    if (leafKind(spec) === kind) return [path.join('.')];
    const children = childSpecs(spec);
    return children ? pathsOfKind(children, kind, path) : [];
  });
}

function childSpecs(spec: AnySpec): AnySpecs | null {
  if (typeof spec === 'string') return null;
  if ('each' in spec) return spec.each;
  if ('fields' in spec) return spec.fields;
  return null;
}

/** One piece of text and where it sits: ["information", "needed", "1", "who"] (lists count from 1). */
export interface TextAt {
  path: string[];
  text: string;
}

/** Every non-blank string in fields of the given kinds, in registry order. Total on partial records. */
export function collectText(consultation: Consultation, kinds: ReadonlySet<FieldKind>): TextAt[] {
  const found: TextAt[] = [];
  mapValue(consultation, { fields: CONSULTATION_SPECS }, [], kinds, (text, path) => {
    if (text.trim() !== '') found.push({ path, text });
    return text;
  });
  return found;
}

/**
 * The consultation with `change` applied to every string in fields of the given kinds, and the
 * `path` (dotted, list indexes left out: "agenda.items.text") of each. Everything else is kept.
 */
export function mapText(
  consultation: Consultation,
  kinds: ReadonlySet<FieldKind>,
  change: (text: string, path: string) => string,
  options: MapTextOptions = {},
): Consultation {
  return mapValue(
    consultation,
    { fields: CONSULTATION_SPECS },
    [],
    kinds,
    (text, path) => change(text, path.filter((part) => !/^\d+$/.test(part)).join('.')),
    options.unknownFields === 'change',
  ) as Consultation;
}

export interface MapTextOptions {
  /**
   * Fields the registry does not know (a record from a newer version, a hand-edited backup):
   * 'keep' them (the default) or 'change' every string in them, as retention does so that
   * nothing it cannot vouch for survives a purge.
   */
  unknownFields?: 'keep' | 'change';
}

function mapValue(
  value: unknown,
  spec: AnySpec,
  path: string[],
  kinds: ReadonlySet<FieldKind>,
  change: (text: string, path: string[]) => string,
  changeUnknown = false,
): unknown {
  if (typeof spec === 'string' || 'kind' in spec) {
    const kind = leafKind(spec);
    return kind !== null && kinds.has(kind) ? mapStrings(value, path, change) : value;
  }
  if ('each' in spec) {
    if (!Array.isArray(value)) return value;
    return value.map((item, index) =>
      mapValue(item, { fields: spec.each }, [...path, String(index + 1)], kinds, change, changeUnknown),
    );
  }
  if (!('fields' in spec) || !value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const next: Record<string, unknown> = { ...record };
  for (const [key, child] of Object.entries(record)) {
    const childSpec = spec.fields[key];
    if (childSpec) next[key] = mapValue(child, childSpec, [...path, key], kinds, change, changeUnknown);
    else if (changeUnknown) next[key] = mapEveryString(child, [...path, key], change);
  }
  return next;
}

/** A leaf's strings: the string itself, or each string in a list of them. */
function mapStrings(
  value: unknown,
  path: string[],
  change: (text: string, path: string[]) => string,
): unknown {
  if (typeof value === 'string') return change(value, path);
  if (Array.isArray(value)) {
    return (value as unknown[]).map((item, index) =>
      typeof item === 'string' ? change(item, [...path, String(index + 1)]) : item,
    );
  }
  return value;
}

/** Every string anywhere in a value the registry has no spec for. */
function mapEveryString(
  value: unknown,
  path: string[],
  change: (text: string, path: string[]) => string,
): unknown {
  if (typeof value === 'string') return change(value, path);
  if (Array.isArray(value)) {
    return (value as unknown[]).map((item, index) =>
      mapEveryString(item, [...path, String(index + 1)], change),
    );
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, mapEveryString(child, [...path, key], change)]),
    );
  }
  return value;
}
