import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import { newId } from '../../lib/ids/new-id';
import { createReportModel } from '../../lib/report/report-model';
import { openDb } from '../../lib/storage/db';
import { listPracticePdsa, savePdsa } from '../../lib/storage/pdsa';
import '../../components/ui/theme.css';

const db = openDb();
const model = createReportModel({
  listCycles: () => listPracticePdsa(db),
  saveCycle: (entry) => savePdsa(db, entry),
  now: () => new Date(),
  newId,
});
render(<ReportApp model={model} folder="" />, document.getElementById('app')!);
