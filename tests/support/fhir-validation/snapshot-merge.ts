import type { ElementDefinition } from '@medplum/fhirtypes';

/**
 * One differential element laid over the snapshot element it constrains (already checked to only
 * narrow: snapshot-narrowing.ts). Constraints replace the base's, a binding keeps the base's value
 * set when it names none, invariants and aliases add to the base's, and the words (short,
 * definition…) are the profile's. A property this does not know is refused, not dropped, so a
 * differential cannot carry a rule the snapshot silently loses.
 */

const REPLACED = new Set([
  'sliceName',
  'min',
  'max',
  'mustSupport',
  'isModifier',
  'isModifierReason',
  'maxLength',
  'short',
  'definition',
  'comment',
  'requirements',
  'label',
  'extension',
]);
const ADDED = new Set(['constraint', 'alias', 'mapping', 'example', 'code', 'condition']);
const MERGED = new Set(['type', 'binding', 'slicing']);
const IDENTITY = new Set(['id', 'path']);
const isValue = (key: string) => /^(fixed|pattern)[A-Z]/.test(key);

/** Properties of a differential element this generator does not apply. */
export const unsupportedKeys = (diff: ElementDefinition): string[] =>
  Object.keys(diff).filter(
    (k) => !REPLACED.has(k) && !ADDED.has(k) && !MERGED.has(k) && !IDENTITY.has(k) && !isValue(k),
  );

export function mergeElement(current: ElementDefinition, diff: ElementDefinition): ElementDefinition {
  const out = structuredClone(current) as unknown as Record<string, unknown>;
  const from = diff as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (REPLACED.has(key) || isValue(key)) out[key] = structuredClone(value);
    else if (ADDED.has(key)) {
      const before = Array.isArray(out[key]) ? (out[key] as unknown[]) : [];
      const added = (value as unknown[]).filter(
        (v) => !before.some((b) => JSON.stringify(b) === JSON.stringify(v)),
      );
      out[key] = [...before, ...structuredClone(added)];
    }
  }
  const merged = out as unknown as ElementDefinition;
  if (diff.type) {
    merged.type = diff.type.map((t) => ({
      ...current.type?.find((b) => b.code === t.code),
      ...structuredClone(t),
    }));
  }
  if (diff.binding) merged.binding = { ...current.binding, ...structuredClone(diff.binding) };
  if (diff.slicing) merged.slicing = { ...current.slicing, ...structuredClone(diff.slicing) };
  return merged;
}
