import type { Consultation } from '../../lib/domain/consultation';
import type { ElementId } from '../../lib/domain/elements';
import { catalogue, promptLanguage } from '../../lib/i18n/catalogue';
import type { Catalogue } from '../../lib/i18n/types';
import { useModel } from '../app-context';

export type SectionPatch<K extends ElementId> = Partial<Consultation[K]>;

/**
 * One element's section of the open consultation and a setter that merges a
 * patch into it through the model (so autosave and undo apply to every field).
 */
export function useSection<K extends ElementId>(key: K): [Consultation[K], (patch: SectionPatch<K>) => void] {
  const model = useModel();
  const consultation = model.consultation.value;
  if (!consultation) throw new Error('useSection() needs a loaded consultation');
  const set = (patch: SectionPatch<K>) => model.update((c) => ({ ...c, [key]: { ...c[key], ...patch } }));
  return [consultation[key], set];
}

/** The prompt strings in the patient's preferred language (see lib/i18n/catalogue.ts). */
export function useStrings(): Catalogue {
  const consultation = useModel().consultation.value;
  return catalogue(promptLanguage(consultation?.preparation.language ?? 'en'));
}
