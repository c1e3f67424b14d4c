import { PRSB_MAPPING, prsbGaps, type Conformance, type PrsbRow } from './prsb-mapping';

const HEADER = [
  '| Standard | PRSB element | Conformance | Clinician note (section: lines) | Patient plan section | FHIR export |',
  '| --- | --- | --- | --- | --- | --- |',
];

const CONFORMANCE: Record<Conformance, string> = {
  M: 'M (mandatory)',
  R: 'R (required)',
  O: 'O (optional)',
  none: 'none given',
};

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The element as PRSB names it, from its top section down. */
export const prsbPath = (r: PrsbRow): string => r.prsb?.path.join(' › ') ?? 'no PRSB element asks for it';

const fhirCell = (r: PrsbRow): string => (r.fhir.kind === 'exported' ? r.fhir.path : r.fhir.reason);

function line(r: PrsbRow): string {
  return `| ${[
    r.prsb?.standard ?? '—',
    prsbPath(r),
    r.prsb ? CONFORMANCE[r.prsb.conformance] : '—',
    r.note,
    r.plan,
    fhirCell(r),
  ]
    .map(cell)
    .join(' | ')} |`;
}

/** The PRSB mapping as the Markdown table docs/standards.md carries between its markers. */
export function prsbMappingMarkdown(): string {
  return [...HEADER, ...PRSB_MAPPING.map(line)].join('\n');
}

/** The mandatory and required elements the export leaves out, as docs/standards.md lists them. */
export function prsbGapsMarkdown(): string {
  return prsbGaps()
    .map((r) => {
      const from = r.note === '—' ? '' : `, in the note's ${r.note}`;
      const why = r.fhir.kind === 'exported' ? '' : r.fhir.reason;
      return `- ${r.prsb?.standard ?? ''} › ${prsbPath(r)} (${r.prsb?.conformance ?? ''})${from} — ${why}`;
    })
    .join('\n');
}
