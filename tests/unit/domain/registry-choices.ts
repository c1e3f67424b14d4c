import { ELEMENT_REGISTRY, RECORD_FIELDS } from '../../../lib/domain/element-registry';
import { ELEMENT_IDS } from '../../../lib/domain/elements';
import { choiceValues, type AnySpecs } from '../../../lib/domain/field-kinds';

/** The whole record's specs: its own fields and the seven sections. */
export const ALL_SPECS: AnySpecs = {
  ...(RECORD_FIELDS as AnySpecs),
  ...Object.fromEntries(ELEMENT_IDS.map((id) => [id, { fields: ELEMENT_REGISTRY[id].kinds }])),
};

/**
 * Every choice field that names its values, read from the registry alone: its path ("review.nextStep",
 * "agenda.items.*.owner" for a field of each item, "preparation.present" for a list of values) and values.
 */
export function registryChoices(specs: AnySpecs = ALL_SPECS, path = ''): Map<string, readonly unknown[]> {
  const found = new Map<string, readonly unknown[]>();
  for (const [key, spec] of Object.entries(specs)) {
    const at = path ? `${path}.${key}` : key;
    const values = choiceValues(spec);
    if (values) found.set(at, values);
    else if (typeof spec === 'object' && 'each' in spec)
      for (const entry of registryChoices(spec.each, `${at}.*`)) found.set(...entry);
    else if (typeof spec === 'object' && 'fields' in spec)
      for (const entry of registryChoices(spec.fields, at)) found.set(...entry);
  }
  return found;
}

/** A copy of `record` with `value` at a dotted path; "*" is the list's first item, made if missing. */
export function withValueAt(record: unknown, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  // A list is reached like a record: its first item is key "0".
  const keys = path.split('.').map((key) => (key === '*' ? '0' : key));
  let at = copy;
  keys.slice(0, -1).forEach((key, index) => {
    at[key] ??= keys[index + 1] === '0' ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
  at[keys.at(-1)!] = value;
  return copy;
}
