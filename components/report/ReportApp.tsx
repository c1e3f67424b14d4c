import '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ReportModel } from '../../lib/state/report-model';
import { reportHtml } from '../../lib/report/report-html';
import { downloadBlob } from '../options-page/download-blob';
import { PracticePdsaForm } from './PracticePdsaForm';
import { ReportFiles } from './ReportFiles';
import { ReportView } from './ReportView';
import './report.css';

interface Props {
  model: ReportModel;
  /** The practice's shared folder name, when set by policy. */
  folder: string;
}

/** The practice report page (docs/practice-report.md): team exports in, one report out. */
export function ReportApp({ model, folder }: Props) {
  useEffect(() => void model.loadCycles(), [model]);
  const report = model.report.value;
  const refused = model.refused.value;
  return (
    <main class="report-page">
      <h1>Practice report</h1>
      <p class="field__hint">
        The practice's figures from its clinicians' team exports: for governance and service improvement, not
        for judging one clinician without their agreement.
      </p>
      <div class="report-noprint">
        <ReportFiles onFiles={(files) => model.addFiles(files)} folder={folder} />
        {refused.length > 0 ? (
          <div role="alert" class="report-refused">
            <p>
              {refused.length === 1 ? 'One file was' : `${refused.length} files were`} not read, and nothing
              of {refused.length === 1 ? 'it' : 'them'} was kept:
            </p>
            <ul>
              {refused.map((r) => (
                <li key={r.name}>
                  {r.name}: {r.reason}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {model.accepted.value.length > 0 ? (
          <ul aria-label="Files read" class="report-files">
            {model.accepted.value.map((file) => (
              <li key={file.name}>
                {file.name}{' '}
                <button type="button" onClick={() => model.removeFile(file.name)}>
                  Remove {file.name}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {model.replacedWeeks.value > 0 ? (
          <p role="status">
            {model.replacedWeeks.value} weeks were in more than one file of the same clinician; the file read
            later was used.
          </p>
        ) : null}
      </div>
      {report ? (
        <>
          <div class="button-row report-noprint">
            <button type="button" onClick={() => window.print()}>
              Print (A4)
            </button>
            <button
              type="button"
              onClick={() =>
                downloadBlob(
                  document,
                  new Blob([reportHtml(report)], { type: 'text/html;charset=utf-8' }),
                  'cocreate-practice-report.html',
                )
              }
            >
              Download as one HTML file
            </button>
          </div>
          <ReportView report={report} />
        </>
      ) : (
        <p>No team exports read yet.</p>
      )}
      <section aria-labelledby="practice-pdsa-title" class="report-noprint">
        <h2 id="practice-pdsa-title">Record a practice PDSA cycle</h2>
        <p class="field__hint">
          Kept in this browser. Its measure is read back from the files above at the next meeting, and its
          change is marked on the charts.
        </p>
        <PracticePdsaForm onSave={(draft) => void model.recordCycle(draft)} />
      </section>
    </main>
  );
}
