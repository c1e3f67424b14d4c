import type { Consultation } from '../../lib/domain/consultation';
import { editSection } from '../../lib/domain/consultation-actions';
import type { ElementId } from '../../lib/domain/elements';
import { catalogue, panelLanguage } from '../../lib/i18n/catalogue';
import type { Catalogue } from '../../lib/i18n/types';
import { useApp, useModel } from '../app-context';

export type SectionPatch<K extends ElementId> = Partial<Consultation[K]>;

/**
 * One element's section of the open consultation and a setter that merges a
 * patch into it through the model (so autosave and undo apply to every field).
 */
export function useSection<K extends ElementId>(key: K): [Consultation[K], (patch: SectionPatch<K>) => void] {
  const model = useModel();
  const consultation = model.consultation.value;
  if (!consultation) throw new Error('useSection() needs a loaded consultation');
  const set = (patch: SectionPatch<K>) => model.apply(editSection<K>, key, patch);
  return [consultation[key], set];
}

/** The prompt strings in the clinician's panel language, a setting apart from the patient's plan language. */
export function useStrings(): Catalogue {
  return catalogue(panelLanguage(useApp().settings.value));
}
