import type { Bundle, Resource } from '@medplum/fhirtypes';
import { baseR4Issues } from './base-r4';
import type { Issue } from './issue';
import { narrativeIssues } from './narrative';
import { requiredBindingIssues } from './required-bindings';
import { ukCoreIssues } from './uk-core';
import { ukCoreSnapshotIssues } from './uk-core-snapshot';

export type { Issue } from './issue';
export { NARRATIVE_MISSING } from './narrative';

export interface Report {
  /** Every issue, each path prefixed with the entry it is in (`entry[2].Observation.status`). */
  issues: Issue[];
  /** Required value sets met but not expandable here, so not checked. */
  unchecked: string[];
}

const sameFinding = (a: Issue, b: Issue) => a.path === b.path && a.message === b.message;

/**
 * One resource through all five checks: base R4, UK Core from the differentials, UK Core from the
 * generated snapshots, required bindings, narrative. A snapshot holds every base R4 rule too, so
 * what the snapshot check finds that base R4 already found is reported once, as base R4's.
 */
export function validateResourceFully(resource: Resource): Report {
  const bindings = requiredBindingIssues(resource);
  const ukCore = ukCoreIssues(resource);
  const base = baseR4Issues(resource);
  const snapshot = ukCoreSnapshotIssues(resource).filter((s) => !base.some((b) => sameFinding(b, s)));
  return {
    issues: [...base, ...ukCore.issues, ...snapshot, ...bindings.issues, ...narrativeIssues(resource)],
    unchecked: [...new Set([...bindings.unchecked, ...ukCore.unchecked])].sort(),
  };
}

/** The Bundle and every resource in it, each checked on its own. */
export function validateBundle(bundle: Bundle): Report {
  const reports = [
    { at: '', report: validateResourceFully(bundle) },
    ...(bundle.entry ?? []).flatMap((entry, i) =>
      entry.resource ? [{ at: `entry[${i}].`, report: validateResourceFully(entry.resource) }] : [],
    ),
  ];
  return {
    issues: reports.flatMap(({ at, report }) => report.issues.map((x) => ({ ...x, path: `${at}${x.path}` }))),
    unchecked: [...new Set(reports.flatMap(({ report }) => report.unchecked))].sort(),
  };
}
