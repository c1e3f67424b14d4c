import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReportApp } from '../../components/report/ReportApp';
import { newId } from '../../lib/ids/new-id';
import { createReportModel } from '../../lib/state/report-model';
import { createSettingsStore } from '../../lib/state/settings-store';
import { openDb } from '../../lib/storage/db';
import { listPracticePdsa, savePdsa } from '../../lib/storage/pdsa';
import '../../components/ui/theme.css';

const db = openDb();
const settings = createSettingsStore({ db, managedArea: browser.storage.managed });
const model = createReportModel({
  listCycles: () => listPracticePdsa(db),
  saveCycle: (entry) => savePdsa(db, entry),
  now: () => new Date(),
  newId,
});
// The shared folder's name may be set by the practice's policy (docs/deploying.md).
void Promise.all([settings.load(), settings.reloadManaged()]).finally(() =>
  render(
    <ReportApp model={model} folder={settings.effective.value.teamExportFolder} />,
    document.getElementById('app')!,
  ),
);
