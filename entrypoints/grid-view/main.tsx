import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GridViewApp } from '../../components/option-grid/GridViewApp';
import { createGridViewApp } from '../../lib/app/grid-view-app';
import { connectSettings } from '../../lib/state/connect-managed';
import { createSettingsStore } from '../../lib/state/settings-store';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

// An unlisted page: opened from the sidebar's "Show to patient" and "Print" (docs/option-grids.md).
// Settings give the practice's nation, which picks the nation variant of service rows.
const db = openDb();
const settings = createSettingsStore({ db, managedArea: browser.storage.managed });
const params = new URLSearchParams(location.search);
void connectSettings(browser.storage, settings).then(() => {
  const app = createGridViewApp({
    db,
    id: params.get('id') ?? '',
    printOnOpen: params.get('print') === '1',
    print: () => window.print(),
    nation: settings.effective.value.nation,
    now: () => new Date(),
  });
  render(<GridViewApp app={app} />, document.getElementById('app')!);
});
