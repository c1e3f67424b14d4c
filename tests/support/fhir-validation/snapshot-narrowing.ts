import type { ElementDefinition } from '@medplum/fhirtypes';

/**
 * What a differential element may change in the element it constrains. FHIR R4 profiling
 * (profiling.html, "Constraining elements") lets a constraint only narrow: cardinality within the
 * base's, types among the base's, a fixed or pattern value the base's fixed or pattern value
 * allows, a binding no weaker (a required binding keeps its value set), must-support and
 * slicing rules never loosened, isModifier unchanged. Each rule broken is one plain reason.
 */

const STRENGTHS = ['example', 'preferred', 'extensible', 'required'];

const upper = (max: string | undefined) => (max === undefined || max === '*' ? Infinity : Number(max));

const valueKeys = (e: ElementDefinition, kind: 'fixed' | 'pattern') =>
  Object.keys(e).filter((k) => k.startsWith(kind) && /^[A-Z]/.test(k.slice(kind.length)));

const field = (e: ElementDefinition, key: string): unknown => (e as unknown as Record<string, unknown>)[key];

/** `pattern` is contained in `value`: every property it has, value has, recursively. */
export function contains(value: unknown, pattern: unknown): boolean {
  if (Array.isArray(pattern))
    return Array.isArray(value) && pattern.every((p) => value.some((v) => contains(v, p)));
  if (typeof pattern === 'object' && pattern !== null) {
    if (typeof value !== 'object' || value === null) return false;
    const v = value as Record<string, unknown>;
    return Object.entries(pattern).every(([k, p]) => contains(v[k], p));
  }
  return value === pattern;
}

const canonical = (url: string | undefined) => url?.split('|')[0];

function cardinality(base: ElementDefinition, diff: ElementDefinition): string[] {
  const reasons: string[] = [];
  const baseMin = base.min ?? 0;
  if (diff.min !== undefined && diff.min < baseMin)
    reasons.push(`min ${diff.min} is below the base's ${baseMin}`);
  if (diff.max !== undefined && upper(diff.max) > upper(base.max))
    reasons.push(`max ${diff.max} is above the base's ${base.max ?? '*'}`);
  const min = diff.min ?? baseMin;
  const max = diff.max ?? base.max;
  if (min > upper(max)) reasons.push(`min ${min} is above max ${max}`);
  return reasons;
}

function values(base: ElementDefinition, diff: ElementDefinition): string[] {
  const reasons: string[] = [];
  const types = (base.type ?? []).map((t) => (t.code ?? '').toLowerCase());
  const baseValue = [...valueKeys(base, 'fixed'), ...valueKeys(base, 'pattern')].map((k) => field(base, k));
  for (const key of [...valueKeys(diff, 'fixed'), ...valueKeys(diff, 'pattern')]) {
    const type = key.replace(/^(fixed|pattern)/, '').toLowerCase();
    if (!types.includes(type)) reasons.push(`${key} is not of a type the element has (${types.join(', ')})`);
    const value = field(diff, key);
    for (const before of baseValue) {
      if (!contains(value, before))
        reasons.push(`${key} does not keep the base's value ${JSON.stringify(before)}`);
    }
  }
  return reasons;
}

function types(base: ElementDefinition, diff: ElementDefinition): string[] {
  const reasons: string[] = [];
  for (const t of diff.type ?? []) {
    const same = base.type?.find((b) => b.code === t.code);
    if (!same) {
      reasons.push(
        `type ${t.code} is not one of the base's (${(base.type ?? []).map((b) => b.code).join(', ')})`,
      );
      continue;
    }
    // A target narrower than the base's cannot be shown without its definition: only the base's own are taken.
    for (const target of t.targetProfile ?? []) {
      if (same.targetProfile && !same.targetProfile.includes(target))
        reasons.push(`target ${target} is not one of the base's`);
    }
    for (const profile of same.profile ?? []) {
      if (!t.profile?.includes(profile)) reasons.push(`type ${t.code} drops the base's profile ${profile}`);
    }
  }
  return reasons;
}

function binding(base: ElementDefinition, diff: ElementDefinition): string[] {
  if (!diff.binding || !base.binding) return [];
  const reasons: string[] = [];
  const before = STRENGTHS.indexOf(base.binding.strength);
  if (STRENGTHS.indexOf(diff.binding.strength) < before)
    reasons.push(`binding ${diff.binding.strength} is weaker than the base's ${base.binding.strength}`);
  const valueSet = diff.binding.valueSet;
  if (
    base.binding.strength === 'required' &&
    valueSet &&
    canonical(valueSet) !== canonical(base.binding.valueSet)
  )
    reasons.push(`binding replaces the base's required value set ${base.binding.valueSet}`);
  return reasons;
}

function flagsAndSlicing(base: ElementDefinition, diff: ElementDefinition): string[] {
  const reasons: string[] = [];
  if (base.mustSupport === true && diff.mustSupport === false)
    reasons.push('mustSupport true cannot become false');
  if (diff.isModifier !== undefined && diff.isModifier !== (base.isModifier ?? false))
    reasons.push(`isModifier cannot change (base ${base.isModifier ?? false})`);
  if (diff.maxLength !== undefined && base.maxLength !== undefined && diff.maxLength > base.maxLength)
    reasons.push(`maxLength ${diff.maxLength} is above the base's ${base.maxLength}`);
  const was = base.slicing;
  const now = diff.slicing;
  if (was && now) {
    if (was.rules === 'closed' && now.rules !== undefined && now.rules !== 'closed')
      reasons.push(`slicing rules ${now.rules} open the base's closed slicing`);
    if (was.ordered === true && now.ordered === false) reasons.push('slicing cannot stop being ordered');
    const kept = (was.discriminator ?? []).every(
      (d, i) => now.discriminator?.[i]?.type === d.type && now.discriminator[i]?.path === d.path,
    );
    if (now.discriminator && !kept) reasons.push("slicing does not keep the base's discriminators first");
  }
  return reasons;
}

/** Why `diff` would widen `base`; empty when it only narrows. */
export const wideningsOf = (base: ElementDefinition, diff: ElementDefinition): string[] => [
  ...cardinality(base, diff),
  ...values(base, diff),
  ...types(base, diff),
  ...binding(base, diff),
  ...flagsAndSlicing(base, diff),
];
