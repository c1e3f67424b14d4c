import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPatientPlans } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { mappedSectionIds } from '../../../lib/standards/prsb-mapping';
import { prsbMappingMarkdown } from '../../../lib/standards/prsb-mapping-markdown';
import { complete, context } from '../plan/consultations';

const docs = readFileSync(resolve('docs/standards.md'), 'utf8');

/** Table cells, one row per line, whatever padding Prettier gives the Markdown. */
function cells(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((row) => row.trim().startsWith('|'))
    .map((row) =>
      row
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/^-+$/, '---')),
    );
}

function tableInDocs(): string {
  const match = /<!-- prsb-mapping:start -->([\s\S]*?)<!-- prsb-mapping:end -->/.exec(docs);
  return match?.[1] ?? '';
}

describe('PRSB mapping', () => {
  it('docs/standards.md carries exactly the table in lib/standards/prsb-mapping.ts', () => {
    expect(cells(tableInDocs())).toEqual(cells(prsbMappingMarkdown()));
    expect(cells(tableInDocs()).length).toBeGreaterThan(10);
  });

  it('maps every section of the clinician note', () => {
    const note = buildClinicianNote(
      { ...complete(), review: { ...complete().review, helped: 'Walking with my daughter' } },
      context(),
    );
    const mapped = mappedSectionIds('note');
    for (const section of note.sections) expect(mapped, `note section "${section.id}"`).toContain(section.id);
  });

  it('maps every section of the patient plan', () => {
    const mapped = mappedSectionIds('plan');
    for (const doc of buildPatientPlans(complete(), { ...context(), previous: complete() })) {
      for (const section of doc.sections)
        expect(mapped, `plan section "${section.id}"`).toContain(section.id);
    }
  });
});
