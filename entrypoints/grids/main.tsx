import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GridLibraryApp } from '../../components/option-grid/GridLibraryApp';
import { gridViewPath, openExtensionTab } from '../../components/option-grid/open-tab';
import { downloadBlob } from '../../components/options-page/download-blob';
import { createGridLibraryApp } from '../../lib/app/grid-library-app';
import { readSignOffPolicy } from '../../lib/option-grids/sign-off-policy';
import { connectSettings } from '../../lib/state/connect-managed';
import { createSettingsStore } from '../../lib/state/settings-store';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

// Settings (or the practice's policy) say who may sign off a grid.
const db = openDb();
const settings = createSettingsStore({ db, managedArea: browser.storage.managed });
void connectSettings(browser.storage, settings).then(() => {
  const app = createGridLibraryApp({
    db,
    now: () => new Date(),
    download: ({ fileName, text }) =>
      downloadBlob(document, new Blob([text], { type: 'application/json' }), fileName),
    openView: (id) => openExtensionTab(gridViewPath(id)),
    signOffPolicy: readSignOffPolicy(settings.effective.value.gridSignOffPolicy),
  });
  render(<GridLibraryApp app={app} />, document.getElementById('app')!);
});
