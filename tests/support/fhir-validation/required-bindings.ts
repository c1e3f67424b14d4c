import type { Resource, StructureDefinition } from '@medplum/fhirtypes';
import { baseDefinition, childElement, childrenPath } from './definitions';
import { isObject, issue, many, type Issue } from './issue';
import { expand, key, ruleFor } from './terminology';

/**
 * Every element of the resource whose base R4 definition binds it to a value set with strength
 * `required` holds a code of that value set: `code` elements by code, Coding and CodeableConcept
 * by system and code. medplum's validator checks none of these. Walks the resource and each data
 * type inside it with their own definitions; a resource inside another (Bundle.entry.resource) is
 * left to its own check. Value sets that cannot be expanded here are returned as `unchecked`.
 */
export function requiredBindingIssues(resource: Resource): { issues: Issue[]; unchecked: Set<string> } {
  const issues: Issue[] = [];
  const unchecked = new Set<string>();

  function check(valueSet: string, value: unknown, type: string, at: string) {
    const rule = ruleFor(valueSet);
    if (rule && type === 'code') {
      if (!rule(String(value))) {
        issues.push(
          issue(
            'required-binding',
            at,
            `${String(value)} is not a code of the form ${valueSet.split('|')[0]} requires`,
          ),
        );
      }
      return;
    }
    const codes = expand(valueSet);
    if (codes === 'not expandable') {
      unchecked.add(valueSet.split('|')[0]!);
      return;
    }
    const codings: unknown[] =
      type === 'code'
        ? [{ code: value }]
        : type === 'Coding'
          ? [value]
          : isObject(value)
            ? many(value.coding)
            : [];
    const ok = codings.some(
      (c) =>
        isObject(c) &&
        typeof c.code === 'string' &&
        codes.has(key(type === 'code' ? undefined : (c.system as string), c.code)),
    );
    if (!ok) {
      const shown = type === 'code' ? String(value) : JSON.stringify(value);
      issues.push(
        issue('required-binding', at, `${shown} is not in the required value set ${valueSet.split('|')[0]}`),
      );
    }
  }

  function walk(value: Record<string, unknown>, sd: StructureDefinition, elementPath: string, at: string) {
    for (const [property, content] of Object.entries(value)) {
      if (property === 'resourceType' || property.startsWith('_')) continue;
      const found = childElement(sd, elementPath, property);
      if (!found) continue;
      const { element, type } = found;
      const items = many(content);
      items.forEach((item, i) => {
        const here = `${at}.${property}${Array.isArray(content) ? `[${i}]` : ''}`;
        const binding = element.binding;
        if (
          binding?.strength === 'required' &&
          binding.valueSet &&
          ['code', 'Coding', 'CodeableConcept'].includes(type)
        ) {
          check(binding.valueSet, item, type, here);
        }
        if (!isObject(item) || type === 'Resource') return;
        if (type === 'BackboneElement' || type === 'Element') walk(item, sd, childrenPath(element), here);
        else {
          const typeSd = baseDefinition(type);
          if (typeSd?.kind === 'complex-type') walk(item, typeSd, type, here);
        }
      });
    }
  }

  const sd = baseDefinition(resource.resourceType);
  if (sd)
    walk(resource as unknown as Record<string, unknown>, sd, resource.resourceType, resource.resourceType);
  return { issues, unchecked };
}
