import type { Bundle, Resource } from '@medplum/fhirtypes';
import { baseR4Issues } from './base-r4';
import type { Issue } from './issue';
import { narrativeIssues } from './narrative';
import { requiredBindingIssues } from './required-bindings';
import { ukCoreIssues } from './uk-core';

export type { Issue } from './issue';
export { NARRATIVE_MISSING } from './narrative';

export interface Report {
  /** Every issue, each path prefixed with the entry it is in (`entry[2].Observation.status`). */
  issues: Issue[];
  /** Required value sets met but not expandable here, so not checked. */
  unchecked: string[];
}

/** One resource through all four checks: base R4, UK Core, required bindings, narrative. */
export function validateResourceFully(resource: Resource): Report {
  const bindings = requiredBindingIssues(resource);
  const ukCore = ukCoreIssues(resource);
  return {
    issues: [...baseR4Issues(resource), ...ukCore.issues, ...bindings.issues, ...narrativeIssues(resource)],
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
