import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PatientViewApp } from '../../components/plan/PatientViewApp';
import { connectSettings } from '../../lib/settings/connect-managed';
import { createSettingsStore } from '../../lib/settings/settings-store';
import { consultationRepository } from '../../lib/storage/consultations';
import { newId } from '../../lib/ids/new-id';
import { openDb } from '../../lib/storage/db';
import { recordPlanGiven } from '../../lib/storage/plans-given';
import '../../components/ui/theme.css';

// patient-view.html?id=<consultation id>: the full-tab plan to turn toward the patient, and print.
const db = openDb();
const settings = createSettingsStore({ db, managedArea: browser.storage.managed });
const id = new URLSearchParams(location.search).get('id') ?? '';

void connectSettings(browser.storage, settings).then(() =>
  render(
    <PatientViewApp
      load={() => consultationRepository(db).get(id)}
      settings={settings.effective}
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
