// Importing @preact/signals installs its render hooks, so components that read
// a model's `.value` re-render when it changes.
import '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '../lib/settings/settings';
import type { ConsultationModel } from '../lib/state/consultation-model';
import type { CocreateDb } from '../lib/storage/db';

/** Everything a sidebar component may need, passed down through one context. */
export interface AppServices {
  model: ConsultationModel;
  /** Opened after the panel's first paint, so Dexie is not in its initial payload (docs/performance.md). */
  db: Promise<CocreateDb>;
  settings: ReadonlySignal<Settings>;
  /** How many consultations are due for retention (lib/retention/at-start.ts); null until known. */
  retentionDue?: ReadonlySignal<number | null>;
  /** The practice's signing key, set only by policy ('' when none): outputs are signed, readers verify. */
  signingKey?: ReadonlySignal<string>;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() needs an <AppContext.Provider> above it');
  return app;
}

export function useModel(): ConsultationModel {
  return useApp().model;
}
