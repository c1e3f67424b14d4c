import { signal } from '@preact/signals';
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { AppContext, type AppServices } from '../../components/app-context';
import { createSidePanelApp } from '../../lib/app/side-panel-app';
import type { Inserter } from '../../lib/insert/insert-into-ehr';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import { createConsultationModel } from '../../lib/state/consultation-model';
import { createDraftJournal } from '../../lib/storage/draft-journal';
import { testDb } from '../unit/test-db';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

/** Renders `ui` with real services over fake-indexeddb; resolves once a blank consultation is loaded. */
export async function renderWithApp(
  ui: ComponentChildren,
  settings: Partial<Settings> = {},
  signingKey = '',
  inserter?: () => Promise<Inserter>,
) {
  const db = testDb(`app-${Math.random()}`);
  let n = 0;
  const settingsSignal = signal({ ...DEFAULT_SETTINGS, ...settings });
  const model = createConsultationModel({
    db,
    // Each render gets its own journal: a shared localStorage let a previous test's late
    // write be "recovered" here, reusing its consultation id.
    journal: createDraftJournal(memoryStorage()),
    now: () => new Date('2026-11-23T09:00:00Z'),
    newId: () => `id${++n}`,
    defaults: () => ({
      path: settingsSignal.value.defaultPath,
      plannedMinutes: settingsSignal.value.appointmentMinutes,
    }),
  });
  await model.load();
  const app = createSidePanelApp({
    model,
    db: Promise.resolve(db),
    settings: settingsSignal,
    now: () => new Date(),
    newId: () => `id${++n}`,
    signingKey: signal(signingKey),
    // Component tests reach no EHR page unless a test gives a fake inserter.
    inserter: inserter ?? (() => Promise.reject(new Error('no EHR page in component tests'))),
  });
  const services: AppServices = { model: app, settings: app.settings, signingKey: app.signingKey };
  const result = render(<AppContext.Provider value={services}>{ui}</AppContext.Provider>);
  // `model` is the consultation model under the app: a test arranges its consultation through it.
  return { ...result, ...services, app, model, db, services };
}
