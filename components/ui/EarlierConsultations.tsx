import { useEffect, useState } from 'preact/hooks';
import type { EarlierConsultation } from '../../lib/state/earlier-consultations';
import { useApp } from '../app-context';
import { lazyView } from '../lazy-view';

/** A first consultation for a reference has none: the list's code loads when there are some. */
export const earlierConsultationsList = lazyView(() =>
  import('./EarlierConsultationsList').then((module) => module.EarlierConsultationsList),
);

/** Earlier consultations for the same reference, newest first; opening one keeps the current one stored. */
export function EarlierConsultations({ patientRef, currentId }: { patientRef: string; currentId: string }) {
  const { model } = useApp();
  const [found, setFound] = useState<EarlierConsultation[]>([]);

  useEffect(() => {
    let live = true;
    // A short pause so a lookup does not run on every keystroke of the reference.
    const timer = setTimeout(() => {
      void model.earlierConsultations(patientRef, currentId).then((list) => {
        if (live) setFound(list);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [model, patientRef, currentId]);

  const List = earlierConsultationsList.useView(found.length > 0);
  if (found.length === 0 || !List) return null;
  return <List found={found} onOpen={(id) => void model.open(id)} />;
}
