import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StructureDefinition } from '@medplum/fhirtypes';
import { XMLParser } from 'fast-xml-parser';
import { STANDARDS_DIR } from '../prsb-models';

/**
 * The UK Core StructureDefinitions in ../shared/standards/uk-core, FHIR XML turned into FHIR
 * JSON. In FHIR XML every primitive is an element with a `value` attribute and any element may
 * repeat, so the conversion makes `<x value="v"/>` the value v and a repeated element an array;
 * the few differential properties that are arrays in JSON even when there is one are listed.
 */

const ALWAYS_ARRAYS = [
  'differential.element',
  'element.type',
  'type.profile',
  'type.targetProfile',
  'slicing.discriminator',
  '.coding',
];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  jPath: true,
  isArray: (_name, path) => ALWAYS_ARRAYS.some((end) => String(path).endsWith(end)),
});

/** FHIR XML as parsed, to FHIR JSON. */
function toJson(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJson);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node as Record<string, unknown>).filter(([k]) => k !== 'xmlns');
  if (entries.length === 1 && entries[0]![0] === 'value') return entries[0]![1];
  return Object.fromEntries(entries.map(([k, v]) => [k, toJson(v)]));
}

/** JSON numbers and booleans where FHIR JSON has them in a differential. */
function typed(sd: StructureDefinition): StructureDefinition {
  for (const e of sd.differential?.element ?? []) {
    const raw = e as unknown as Record<string, unknown>;
    if (raw.min !== undefined) e.min = Number(raw.min);
    for (const flag of ['mustSupport', 'isModifier'] as const) {
      if (raw[flag] !== undefined) e[flag] = raw[flag] === 'true';
    }
    if (e.slicing && raw.slicing)
      e.slicing.ordered = (raw.slicing as { ordered?: unknown }).ordered === 'true';
  }
  return sd;
}

export function readProfile(xml: string): StructureDefinition {
  const parsed = parser.parse(xml) as { StructureDefinition: unknown };
  return typed({
    resourceType: 'StructureDefinition',
    ...(toJson(parsed.StructureDefinition) as object),
  } as StructureDefinition);
}

let profiles: StructureDefinition[] | undefined;

/** Every UK Core profile in shared/, in JSON. */
export function ukCoreProfiles(): StructureDefinition[] {
  const dir = resolve(STANDARDS_DIR, 'uk-core');
  profiles ??= readdirSync(dir)
    .filter((f) => /^UKCore-.*\.xml$/.test(f))
    .map((f) => readProfile(readFileSync(resolve(dir, f), 'utf8')));
  return profiles;
}
