import type { Resource, StructureDefinition } from '@medplum/fhirtypes';
import { medplumIssues } from './base-r4';
import { baseDefinition } from './definitions';
import type { Issue } from './issue';
import { generateSnapshot } from './snapshot-generate';
import { ukCoreProfiles } from './uk-core-profiles';

/**
 * A resource against the UK Core profile for its type, as a snapshot generated from the profile's
 * differential (snapshot-generate.ts) and given to medplum's validateResource. It is run on every
 * resource of a type UK Core profiles, whether or not the resource claims the profile.
 */

let snapshots: Map<string, StructureDefinition> | undefined;

/** Every UK Core profile in shared/ with its generated snapshot, by the type it constrains. */
export function ukCoreSnapshots(): Map<string, StructureDefinition> {
  snapshots ??= new Map(
    ukCoreProfiles().map((p) => [p.type, generateSnapshot(p, baseDefinition(p.type)!)] as const),
  );
  return snapshots;
}

/**
 * The snapshot as medplum can read it. medplum reads one level of slicing: a slice inside a slice
 * (the NHS number's verification-status extension) would be taken for another slice of the outer
 * element and take over its children's definitions, so those elements are left out.
 */
export function forMedplum(sd: StructureDefinition): StructureDefinition {
  const element = (sd.snapshot?.element ?? []).filter((e) => (e.id ?? '').split(':').length <= 2);
  return { ...sd, snapshot: { element } };
}

const forMedplumByType = new Map<string, StructureDefinition>();

export function ukCoreSnapshotIssues(resource: Resource): Issue[] {
  const type = resource.resourceType;
  const snapshot = ukCoreSnapshots().get(type);
  if (!snapshot) return [];
  if (!forMedplumByType.has(type)) forMedplumByType.set(type, forMedplum(snapshot));
  return medplumIssues('uk-core-snapshot', resource, forMedplumByType.get(type));
}
