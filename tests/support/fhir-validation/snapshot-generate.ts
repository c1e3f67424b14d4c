import type { ElementDefinition, StructureDefinition } from '@medplum/fhirtypes';
import { mergeElement, unsupportedKeys } from './snapshot-merge';
import { wideningsOf } from './snapshot-narrowing';
import { childrenOf } from './snapshot-unfold';

/**
 * A profile's snapshot from its differential and its base's snapshot, following FHIR R4's
 * snapshot rules (profiling.html): start from the base's elements; lay each differential element
 * over the element with its id, unfolding a data type or backbone element's children when the
 * differential reaches below it; start a slice (`identifier:nhsNumber`) as a copy of the base's
 * unconstrained element, after the sliced element and the slices before it, its children unfolded
 * under the slice's id. Extensions are always sliced by url, so an extension slice gets that
 * slicing when nothing set it, and its `url` fixed to the extension's profile (as every extension
 * definition fixes it). A differential that would widen its base, or carries what this does not
 * apply, is refused with every reason.
 */

export class SnapshotRefused extends Error {
  constructor(
    readonly profile: string,
    readonly reasons: string[],
  ) {
    super(`${profile}: ${reasons.join('; ')}`);
  }
}

const EXTENSION_SLICING = {
  discriminator: [{ type: 'value' as const, path: 'url' }],
  rules: 'open' as const,
  ordered: false,
};

/** The id of the element a slice slices (`a.b:s` → `a.b`), or of a child's parent (`a.b.c` → `a.b`). */
const parentOf = (id: string) => {
  const last = id.lastIndexOf('.');
  const colon = id.lastIndexOf(':');
  return colon > last ? id.slice(0, colon) : id.slice(0, last);
};

const pathOf = (id: string) => id.replace(/:[^.]+/g, '');

const upper = (max: string | undefined) => (max === undefined || max === '*' ? Infinity : Number(max));

class Builder {
  readonly elements: ElementDefinition[];
  /** Each element as first laid down, before the differential: what a new slice is copied from. */
  private readonly originals = new Map<string, ElementDefinition>();
  readonly reasons: string[] = [];

  constructor(private readonly base: StructureDefinition) {
    this.elements = structuredClone(base.snapshot?.element ?? []);
    for (const e of this.elements) this.originals.set(e.id ?? '', structuredClone(e));
  }

  private indexOf = (id: string) => this.elements.findIndex((e) => e.id === id);

  private insert(at: number, added: ElementDefinition[]) {
    this.elements.splice(at, 0, ...added);
    for (const e of added) this.originals.set(e.id ?? '', structuredClone(e));
  }

  /** The element with this id, unfolded or sliced into being when the base has none; -1 if impossible. */
  find(id: string): number {
    const at = this.indexOf(id);
    if (at >= 0) return at;
    const parentId = parentOf(id);
    if (!parentId || parentId === id) return -1;
    const parentAt = this.find(parentId);
    if (parentAt < 0) return -1;
    return id.slice(parentId.length).startsWith(':') ? this.slice(id, parentAt) : this.unfold(id, parentAt);
  }

  private unfold(id: string, parentAt: number): number {
    const parent = this.elements[parentAt]!;
    // Children already laid down (the root's, a backbone's): the id is simply not one of them.
    if (this.elements[parentAt + 1]?.id?.startsWith(`${parent.id}.`)) return -1;
    const children = childrenOf(parent, this.base);
    if (typeof children === 'string') {
      this.reasons.push(children);
      return -1;
    }
    this.insert(parentAt + 1, children);
    return this.indexOf(id);
  }

  private slice(id: string, slicedAt: number): number {
    const sliced = this.elements[slicedAt]!;
    if (!sliced.slicing) {
      if (sliced.type?.[0]?.code !== 'Extension') {
        this.reasons.push(`${id} slices ${sliced.id}, which neither the base nor the differential slices`);
        return -1;
      }
      sliced.slicing = structuredClone(EXTENSION_SLICING);
    }
    const start = structuredClone(this.originals.get(sliced.id ?? '') ?? sliced);
    delete start.slicing;
    const slice: ElementDefinition = { ...start, id, sliceName: id.slice(id.lastIndexOf(':') + 1) };
    const slicedId = sliced.id ?? '';
    const inGroup = (e: ElementDefinition | undefined) =>
      !!e?.id?.startsWith(slicedId) && /^[.:]/.test(e.id.slice(slicedId.length));
    let end = slicedAt + 1;
    while (inGroup(this.elements[end])) end++;
    this.insert(end, [slice]);
    return end;
  }

  apply(diff: ElementDefinition) {
    const id = diff.id ?? diff.path ?? '';
    if (diff.path !== pathOf(id)) {
      this.reasons.push(`${id}: path ${diff.path} does not match the id`);
      return;
    }
    const unsupported = unsupportedKeys(diff);
    if (unsupported.length)
      this.reasons.push(`${id}: ${unsupported.join(', ')} not applied by this generator`);
    const at = this.find(id);
    if (at < 0) {
      this.reasons.push(`${id}: no such element in ${this.base.type}`);
      return;
    }
    const current = this.elements[at]!;
    const widenings = wideningsOf(current, diff);
    const sliced = current.sliceName ? this.elements[this.indexOf(parentOf(id))] : undefined;
    // A slice holds some of the sliced element's values: never more than the sliced element allows.
    if (sliced && diff.max !== undefined && upper(diff.max) > upper(sliced.max))
      widenings.push(`slice max ${diff.max} is above the sliced element's ${sliced.max}`);
    this.reasons.push(...widenings.map((w) => `${id}: ${w}`));
    if (widenings.length) return;
    const merged = mergeElement(current, diff);
    this.elements[at] = merged;
    this.fixExtensionUrl(merged);
  }

  private fixExtensionUrl(e: ElementDefinition) {
    const profile = e.type?.[0]?.code === 'Extension' ? e.type[0].profile?.[0] : undefined;
    if (!e.sliceName || !profile) return;
    const urlAt = this.find(`${e.id}.url`);
    if (urlAt >= 0) this.elements[urlAt] = { ...this.elements[urlAt]!, fixedUri: profile };
  }
}

/** The profile with its snapshot; throws SnapshotRefused with every reason it cannot be built. */
export function generateSnapshot(
  profile: StructureDefinition,
  base: StructureDefinition,
): StructureDefinition {
  const reasons: string[] = [];
  if (profile.derivation !== 'constraint') reasons.push('only a constraint on its base can be generated');
  if (profile.baseDefinition !== base.url)
    reasons.push(`its base is ${profile.baseDefinition}, not ${base.url}`);
  if (profile.type !== base.type) reasons.push(`it constrains ${profile.type}, not ${base.type}`);
  if (!base.snapshot?.element.length) reasons.push(`the base ${base.url} has no snapshot`);
  if (reasons.length) throw new SnapshotRefused(profile.url, reasons);
  const builder = new Builder(base);
  for (const diff of profile.differential?.element ?? []) builder.apply(diff);
  if (builder.reasons.length) throw new SnapshotRefused(profile.url, builder.reasons);
  return { ...structuredClone(profile), snapshot: { element: builder.elements } };
}
