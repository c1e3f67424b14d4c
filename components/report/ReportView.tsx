import type { ReportDocument } from '../../lib/report/report-document';
import { LineChart } from './LineChart';
import { ReportTableView } from './ReportTableView';

/** The practice report's sections, as the document says them. */
export function ReportView({ report }: { report: ReportDocument }) {
  return (
    <article class="report" aria-label="Practice report">
      <p>{report.subtitle}</p>
      {report.sections.map((s) => (
        <section key={s.id} aria-labelledby={`report-${s.id}`}>
          <h2 id={`report-${s.id}`}>{s.title}</h2>
          {s.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {s.charts.map((chart) => (
            <LineChart key={chart.title} chart={chart} />
          ))}
          {s.tables.map((table) => (
            <ReportTableView key={table.caption} table={table} />
          ))}
        </section>
      ))}
    </article>
  );
}
