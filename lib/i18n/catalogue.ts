import { signal } from '@preact/signals-core';
import { CY } from './cy';
import { EN } from './en';
import type { Catalogue, Language } from './types';

/**
 * Both catalogues, for tests and pages that list every language. The side
 * panel reads them through catalogue() instead, which never touches this
 * object, so its bundle leaves Welsh out and loads it when a patient chooses it.
 */
export const CATALOGUES: Record<Language, Catalogue> = { en: EN, cy: CY };

/**
 * The language of the clinician's own panel: a setting of its own, never the patient's plan
 * language (choosing Welsh for the patient's plan used to turn the clinician's panel Welsh).
 */
export function panelLanguage(settings: { panelLanguage?: unknown }): Language {
  return settings.panelLanguage === 'cy' ? 'cy' : 'en';
}

const welsh = signal<Catalogue | null>(null);
let welshRequested = false;

/**
 * The strings in `language`. Welsh loads on first use (docs/performance.md: the side
 * panel's initial payload, docs/performance.md); until it arrives, a few
 * milliseconds later, this returns English. Reading the signal here makes
 * the component that asked render again in Welsh once it has loaded.
 */
export function catalogue(language: Language): Catalogue {
  if (language === 'en') return EN;
  const loaded = welsh.value;
  if (loaded) return loaded;
  if (!welshRequested) {
    welshRequested = true;
    import('./cy').then(
      (module) => (welsh.value = module.CY),
      () => (welshRequested = false),
    );
  }
  return EN;
}
