import { PRSB_MAPPING, type PrsbRow } from './prsb-mapping';

const HEADER = [
  '| Standard | PRSB element | Name read in a PRSB source | Clinician note (section: lines) | Patient plan section | FHIR export | Filled |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

const cell = (text: string) => text.replace(/\|/g, '\\|');

function line(r: PrsbRow): string {
  return `| ${[
    r.standard,
    r.element,
    r.standard === '—' ? '—' : r.nameChecked ? 'yes' : 'no',
    r.note,
    r.plan,
    r.fhir,
    r.standard === '—' ? 'no PRSB element asks for it' : r.filled ? 'yes' : 'left empty',
  ]
    .map(cell)
    .join(' | ')} |`;
}

/** The PRSB mapping as the Markdown table docs/standards.md carries between its markers. */
export function prsbMappingMarkdown(): string {
  return [...HEADER, ...PRSB_MAPPING.map(line)].join('\n');
}
