import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadGridUsed } from '../../components/plan/grid-used';
import { PatientViewApp } from '../../components/plan/PatientViewApp';
import { connectSettings } from '../../lib/state/connect-managed';
import { createSettingsStore, SETTINGS_CHANNEL_NAME } from '../../lib/state/settings-store';
import { consultationRepository } from '../../lib/storage/consultations';
import { newId } from '../../lib/ids/new-id';
import { openDb } from '../../lib/storage/db';
import { recordPlanGiven } from '../../lib/storage/plans-given';
import { followConsultation } from '../../components/plan/follow-consultation';
import '../../components/ui/theme.css';

// patient-view.html?id=<consultation id>: the full-tab plan to turn toward the patient, and print.
const db = openDb();
const settings = createSettingsStore({
  db,
  managedArea: browser.storage.managed,
  port: new BroadcastChannel(SETTINGS_CHANNEL_NAME),
});
const id = new URLSearchParams(location.search).get('id') ?? '';
const live = followConsultation(db, id);

void connectSettings(browser.storage, settings).then(() =>
  render(
    <PatientViewApp
      load={() => consultationRepository(db).get(id)}
      settings={settings.effective}
      loadGrid={(gridId) => loadGridUsed(db, gridId)}
      follow={(...args) => live.follow(...args)}
      save={(...args) => live.save(...args)}
      onPrinted={(consultation, language, text) =>
        void recordPlanGiven(
          db,
          { consultationId: consultation.id, format: 'print', language, text },
          newId(),
          new Date(),
        )
      }
    />,
    document.getElementById('app')!,
  ),
);
