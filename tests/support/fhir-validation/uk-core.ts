import type { ElementDefinition, Resource } from '@medplum/fhirtypes';
import { isObject, issue, many, type Issue } from './issue';
import { expand, key } from './terminology';
import { ukCoreProfiles } from './uk-core-profiles';

/**
 * A resource against the UK Core profile for its type, applying each differential's own
 * constraints as written, at any depth (uk-core-snapshot.ts checks the generated snapshot, but
 * medplum reads only its top level): cardinality (min, max) at every path, fixed[x] and
 * pattern[x] values, required bindings, and slices of `extension` (by the extension profile's
 * URL) and of `identifier` (by the system a slice fixes), with each slice's cardinality and the
 * cardinality of its children. Must-support flags, preferred and extensible bindings, and the
 * content of extensions are not checked: they constrain no instance. Required value sets this
 * cannot expand (all-languages) are returned as `unchecked`.
 */

const UK_CORE = 'https://fhir.hl7.org.uk/StructureDefinition/';

/** The values at a path below a node (`value[x]` matches valueString, valueQuantity…). */
function valuesAt(node: unknown, segments: string[]): unknown[] {
  let current = [node];
  for (const segment of segments) {
    current = current.flatMap((n) => {
      if (!isObject(n)) return [];
      if (!segment.endsWith('[x]')) return many(n[segment]);
      const base = segment.slice(0, -3);
      return Object.keys(n)
        .filter((k) => k.startsWith(base) && /^[A-Z]/.test(k.slice(base.length)))
        .flatMap((k) => many(n[k]));
    });
  }
  return current;
}

/** `pattern` is contained in `value` (every property it has, value has, recursively). */
function matches(value: unknown, pattern: unknown): boolean {
  if (Array.isArray(pattern)) return pattern.every((p) => many(value).some((v) => matches(v, p)));
  if (isObject(pattern))
    return isObject(value) && Object.entries(pattern).every(([k, p]) => matches(value[k], p));
  return value === pattern;
}

const fixedOrPattern = (e: ElementDefinition): [string, unknown][] =>
  Object.entries(e).filter(([k]) => /^(fixed|pattern)[A-Z]/.test(k));

interface Counted {
  path: string;
  values: (parent: unknown) => unknown[];
}

/** Checks one element definition's constraints over the values it selects under each parent. */
function constrain(e: ElementDefinition, parents: unknown[], at: Counted, unchecked: Set<string>): string[] {
  const problems: string[] = [];
  for (const parent of parents) {
    const values = at.values(parent);
    if (e.min !== undefined && values.length < e.min)
      problems.push(`at least ${e.min} required, found ${values.length}`);
    if (e.max !== undefined && e.max !== '*' && values.length > Number(e.max)) {
      problems.push(`at most ${e.max} allowed, found ${values.length}`);
    }
    for (const value of values) {
      for (const [kind, expected] of fixedOrPattern(e)) {
        const ok = kind.startsWith('fixed')
          ? JSON.stringify(value) === JSON.stringify(expected)
          : matches(value, expected);
        if (!ok) problems.push(`${JSON.stringify(value)} is not the ${kind} ${JSON.stringify(expected)}`);
      }
      if (e.binding?.strength === 'required' && e.binding.valueSet) {
        const codes = expand(e.binding.valueSet);
        if (codes === 'not expandable') unchecked.add(e.binding.valueSet);
        else {
          const codings =
            typeof value === 'string'
              ? [{ code: value }]
              : isObject(value)
                ? many(value.coding ?? value)
                : [];
          const ok = codings.some(
            (c) =>
              isObject(c) &&
              typeof c.code === 'string' &&
              codes.has(key(c.system as string | undefined, c.code)),
          );
          if (!ok)
            problems.push(`${JSON.stringify(value)} is not in the required value set ${e.binding.valueSet}`);
        }
      }
    }
  }
  return problems;
}

/** The slice a differential element belongs to (`Patient.identifier:nhsNumber`), or none. */
const sliceRoot = (id: string) => /^(.*?:[^.]+)/.exec(id)?.[1];

export function ukCoreIssues(resource: Resource): { issues: Issue[]; unchecked: Set<string> } {
  const issues: Issue[] = [];
  const unchecked = new Set<string>();
  const claimed = (resource.meta?.profile ?? []).filter((p) => p.startsWith(UK_CORE));
  const profiles = ukCoreProfiles();
  for (const url of claimed) {
    if (!profiles.some((p) => p.url === url))
      issues.push(
        issue(
          'uk-core',
          `${resource.resourceType}.meta.profile`,
          `claims ${url}, which is not in shared/standards/uk-core`,
        ),
      );
  }
  const sd = profiles.find((p) => p.type === resource.resourceType);
  if (!sd) return { issues, unchecked };
  const elements = sd.differential?.element ?? [];
  const report = (path: string, problems: string[]) =>
    issues.push(...problems.map((p) => issue('uk-core', path, `${sd.name ?? sd.url}: ${p}`)));

  for (const e of elements) {
    const id = e.id ?? e.path ?? '';
    const root = sliceRoot(id);
    const segments = (e.path ?? '').split('.').slice(1);
    if (!root) {
      // An unsliced element: every parent that exists holds it within its constraints.
      const parents = valuesAt(resource, segments.slice(0, -1));
      report(
        e.path ?? '',
        constrain(
          e,
          parents,
          { path: e.path ?? '', values: (p) => valuesAt(p, segments.slice(-1)) },
          unchecked,
        ),
      );
      continue;
    }
    const sliceDef = elements.find((x) => x.id === root);
    // Slices inside slices (an extension of a sliced identifier) are not checked.
    if (!sliceDef || id.slice(root.length).includes(':')) continue;
    const member = membership(sliceDef, root, elements);
    if (!member) continue;
    const slicePath = (sliceDef.path ?? '').split('.').slice(1);
    const parents = valuesAt(resource, slicePath.slice(0, -1));
    const inSlice = (p: unknown) => valuesAt(p, slicePath.slice(-1)).filter(member);
    if (e === sliceDef) report(id, constrain(e, parents, { path: id, values: inSlice }, unchecked));
    else {
      const below = (e.path ?? '').split('.').slice(slicePath.length + 1);
      const members = parents.flatMap(inSlice);
      report(id, constrain(e, members, { path: id, values: (m) => valuesAt(m, below) }, unchecked));
    }
  }
  return { issues, unchecked };
}

/** Which instance values a slice holds: extensions by their profile URL, others by a fixed child. */
function membership(slice: ElementDefinition, root: string, elements: ElementDefinition[]) {
  const profile = slice.type?.[0]?.profile?.[0];
  if (profile && slice.path?.endsWith('.extension')) return (v: unknown) => isObject(v) && v.url === profile;
  const fixedChildren = elements
    .filter((x) => x.id?.startsWith(`${root}.`) && !x.id.slice(root.length + 1).includes('.'))
    .flatMap((x) => fixedOrPattern(x).map(([, value]) => [x.path.split('.').pop()!, value] as const));
  if (!fixedChildren.length) return undefined;
  return (v: unknown) => isObject(v) && fixedChildren.every(([child, value]) => matches(v[child], value));
}
