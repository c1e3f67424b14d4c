import type { ReportTable } from '../../lib/report/report-document';

/**
 * One table of the report, with its caption and headed rows. Wide tables scroll sideways in
 * a narrow window, so the scrolling box is focusable and named: a keyboard can reach every column.
 */
export function ReportTableView({ table }: { table: ReportTable }) {
  return (
    <div class="report-table" tabIndex={0} role="region" aria-label={table.caption}>
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{table.rowHeading}</th>
            {table.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.head}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
