import { escapeHtml } from '../export/escape-html';
import { chartGeometry } from './chart-geometry';
import type { ReportChart, ReportDocument, ReportTable } from './report-document';

/**
 * Nothing in the file may load or run anything: no script, no request; styles only from
 * the page itself. A meeting can open it from the shared folder years later.
 */
export const REPORT_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body{font:11pt/1.45 system-ui,sans-serif;color:#1a1a1a;max-width:60rem;margin:1rem auto;padding:0 1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:10pt}th,td{border:1px solid #888;padding:.2rem .4rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600;margin-bottom:.25rem}svg{max-width:100%;height:auto}
.line{fill:none;stroke:#1d4f91;stroke-width:2}.dot{fill:#1d4f91}.marker{stroke:#a4262c;stroke-dasharray:4 3}
.axis{stroke:#555}text{font-size:10px;fill:#1a1a1a}
@page{size:A4;margin:15mm}@media print{section{break-inside:auto}figure,table{break-inside:avoid}}`;

/** The report as one self-contained HTML file: text escaped, charts as inline SVG, a restrictive CSP. */
export function reportHtml(doc: ReportDocument): string {
  const body = doc.sections
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}"><h2>${escapeHtml(s.title)}</h2>` +
        s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
        s.charts.map(chartHtml).join('') +
        s.tables.map(tableHtml).join('') +
        '</section>',
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_HTML_CSP}">
<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.subtitle)}</p>
${body}
</body></html>
`;
}

export function tableHtml(table: ReportTable): string {
  const head = [table.rowHeading, ...table.columns]
    .map((c) => `<th scope="col">${escapeHtml(c)}</th>`)
    .join('');
  const rows = table.rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.head)}</th>${row.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${escapeHtml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function chartHtml(chart: ReportChart): string {
  const g = chartGeometry(chart);
  const parts = [
    `<line class="axis" x1="44" y1="${g.yTicks[0]!.y}" x2="${g.width - 12}" y2="${g.yTicks[0]!.y}"/>`,
    ...g.yTicks.map((t) => `<text x="40" y="${t.y + 3}" text-anchor="end">${escapeHtml(t.label)}</text>`),
    ...g.xLabels.map(
      (t) => `<text x="${t.x}" y="${g.height - 24}" text-anchor="middle">${escapeHtml(t.label)}</text>`,
    ),
    ...g.markers.map(
      (m) =>
        `<line class="marker" x1="${m.x}" y1="8" x2="${m.x}" y2="${g.yTicks[0]!.y}"><title>${escapeHtml(m.text)}</title></line>`,
    ),
    `<path class="line" d="${g.line}"/>`,
    ...g.dots.map((d) => `<circle class="dot" cx="${d.x}" cy="${d.y}" r="3"/>`),
  ];
  const notes = chart.markers.map((m) => `<p>${escapeHtml(`${m.at}: ${m.text}`)}</p>`).join('');
  return `<figure><figcaption>${escapeHtml(chart.title)}</figcaption><svg viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${escapeHtml(chart.title)}">${parts.join('')}</svg>${notes}${tableHtml(chart.table)}</figure>`;
}
