import type { ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';
import { baseDefinition } from './definitions';

/**
 * The children of an element, as a snapshot lists them once a differential reaches below it: a
 * backbone element's from the base resource (under a slice's id when the element is a slice), a
 * `contentReference`'s from the element it names, a data type's from the type's own definition
 * (profiles-types.json), paths and ids rebased onto the element. A primitive's `value` is left
 * out: it is no JSON property. An element of more than one type is not unfolded, since which
 * type's children are meant is not said; the reason is returned instead.
 */

const BACKBONE = new Set(['BackboneElement', 'Element']);

function rebase(elements: ElementDefinition[], from: string, parent: ElementDefinition): ElementDefinition[] {
  return elements.map((e) => {
    const rest = (e.path ?? '').slice(from.length);
    const idRest = (e.id ?? e.path ?? '').slice(from.length);
    return { ...structuredClone(e), id: `${parent.id}${idRest}`, path: `${parent.path}${rest}` };
  });
}

const below = (elements: ElementDefinition[], path: string) =>
  elements.filter((e) => e.path?.startsWith(`${path}.`) && !e.id?.includes(':'));

export function childrenOf(
  parent: ElementDefinition,
  base: StructureDefinition,
): ElementDefinition[] | string {
  const inBase = base.snapshot?.element ?? [];
  if (parent.contentReference) {
    const ref = parent.contentReference.replace(/^.*#/, '');
    return rebase(below(inBase, ref), ref, parent);
  }
  const codes = (parent.type ?? []).map((t) => t.code ?? '');
  if (codes.length !== 1) return `${parent.id} has ${codes.length} types: its children cannot be unfolded`;
  const code = codes[0]!;
  if (BACKBONE.has(code)) return rebase(below(inBase, parent.path ?? ''), parent.path ?? '', parent);
  const type = baseDefinition(code);
  if (!type?.snapshot) return `${parent.id} is of type ${code}, which base R4 does not define`;
  const children = type.snapshot.element
    .slice(1)
    .filter((e) => !(type.kind === 'primitive-type' && e.path === `${code}.value`));
  return rebase(children, code, parent);
}
