import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Composition, DocumentReference, Resource } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { resourceFromXml } from '../../support/fhir-validation/fhir-xml';
import { validateResourceFully } from '../../support/fhir-validation/validate';
import { STANDARDS_DIR } from '../../support/prsb-models';

/**
 * UK Core's own examples (../shared/standards/uk-core/examples), read from FHIR XML: the checks
 * must pass what the standard itself publishes, or they only prove they are strict.
 */
const example = (name: string) =>
  resourceFromXml(readFileSync(resolve(STANDARDS_DIR, 'uk-core', 'examples', `${name}.xml`), 'utf8'));

describe('UK Core examples pass all four checks', () => {
  it.each([
    ['UKCore-CarePlan-WellnessPlan-Example', []],
    ['UKCore-Composition-Discharge-Example', []],
    ['UKCore-DocumentReference-CarePlanReportPDF-Example', []],
  ])(
    '%s',
    (name, unchecked) => {
      const report = validateResourceFully(example(name));
      expect(report.issues).toEqual([]);
      expect(report.unchecked).toEqual(unchecked);
    },
    60_000,
  );

  it('reads the XML into the JSON FHIR defines (arrays, numbers, resource ids, the narrative as XHTML)', () => {
    const doc = example('UKCore-DocumentReference-CarePlanReportPDF-Example') as DocumentReference;
    expect(doc.id).toBe('UKCore-DocumentReference-CarePlanReportPDF-Example');
    expect(doc.type?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '734163000', display: 'Care plan' },
    ]);
    expect(doc.author).toEqual([{ reference: 'Practitioner/UKCore-Practitioner-SandraGose-Example' }]);
    expect(doc.text?.div).toMatch(/^<div xmlns="http:\/\/www.w3.org\/1999\/xhtml">An example/);
  });
});

describe('planted faults in a UK Core example fail', () => {
  it('a DocumentReference status outside its required value set', () => {
    const doc = {
      ...example('UKCore-DocumentReference-CarePlanReportPDF-Example'),
      status: 'draft',
    } as Resource;
    expect(validateResourceFully(doc).issues.map((i) => [i.check, i.path])).toEqual([
      ['required-binding', 'DocumentReference.status'],
    ]);
  });

  it('an attachment whose content type is not a MIME type', () => {
    const doc = example('UKCore-DocumentReference-CarePlanReportPDF-Example') as DocumentReference;
    doc.content[0]!.attachment.contentType = 'PDF document';
    expect(validateResourceFully(doc).issues.map((i) => [i.check, i.path])).toEqual([
      ['required-binding', 'DocumentReference.content[0].attachment.contentType'],
    ]);
  });

  it('a script in a Composition section’s narrative', () => {
    const composition = example('UKCore-Composition-Discharge-Example') as Composition;
    const section = composition.section![0]!;
    section.text = {
      status: 'generated',
      div: '<div xmlns="http://www.w3.org/1999/xhtml">Plan<script>x()</script></div>',
    };
    expect(validateResourceFully(composition).issues).toEqual([
      {
        check: 'narrative',
        path: 'Composition.section[0].text.div',
        message: 'contains a <script>: no active content is allowed',
      },
    ]);
  });
});
