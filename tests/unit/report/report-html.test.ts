import { describe, expect, it } from 'vitest';
import { reportHtml, REPORT_HTML_CSP } from '../../../lib/report/report-html';
import type { ReportDocument } from '../../../lib/report/report-document';

const doc: ReportDocument = {
  title: 'Practice report',
  subtitle: 'Test',
  sections: [
    {
      id: 'pdsa',
      title: 'Cycles',
      paragraphs: ['<img src=x onerror=alert(1)>'],
      charts: [
        {
          title: 'Consultations',
          kind: 'count',
          points: [{ label: 'March 2026', value: 12 }],
          markers: [{ at: 'March 2026', text: '<script>alert(1)</script>' }],
          table: {
            caption: 'c',
            rowHeading: 'Month',
            columns: ['All'],
            rows: [{ head: 'March 2026', cells: ['12'] }],
          },
        },
      ],
      tables: [],
    },
  ],
};

describe('the report as one HTML file', () => {
  const html = reportHtml(doc);

  it('escapes every text, so imported words are never markup', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('carries a content security policy that allows no script and no request', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_HTML_CSP}">`);
    expect(REPORT_HTML_CSP).toMatch(/^default-src 'none'/);
    expect(REPORT_HTML_CSP).not.toMatch(/script-src|https?:/);
  });

  it('draws each chart as SVG with its table beside it', () => {
    expect(html).toMatch(/<svg [^>]*role="img" aria-label="Consultations"/);
    expect(html).toContain('<th scope="row">March 2026</th><td>12</td>');
  });
});
