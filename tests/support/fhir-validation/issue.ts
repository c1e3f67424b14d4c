/** One finding of the bundle checks, named so a test can expect it exactly. */
export interface Issue {
  /** Which check found it. */
  check: 'base-r4' | 'uk-core' | 'uk-core-snapshot' | 'required-binding' | 'narrative';
  /** FHIRPath-like location, from the resource type down (`CarePlan.activity[0].detail.status`). */
  path: string;
  message: string;
}

export const issue = (check: Issue['check'], path: string, message: string): Issue => ({
  check,
  path,
  message,
});

/** An element's values as a list, whether the JSON holds one or many. */
export const many = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
