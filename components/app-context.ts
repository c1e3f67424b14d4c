// Importing @preact/signals installs its render hooks, so components that read
// a model's `.value` re-render when it changes.
import '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SidePanelApp } from '../lib/app/side-panel-app';
import type { Settings } from '../lib/settings/settings';

/**
 * Everything a sidebar component may need, passed down through one context: the side panel's
 * application model (lib/app/side-panel-app.ts), whose signals views read and whose named
 * commands they call, and the settings it was given.
 */
export interface AppServices {
  model: SidePanelApp;
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

export function useModel(): SidePanelApp {
  return useApp().model;
}
