import { useEffect, useState } from 'preact/hooks';
import type { Consultation } from '../../lib/domain/consultation';
import { consultationRepository } from '../../lib/storage/consultations';
import { useApp } from '../app-context';

/** The earlier consultation the open one reviews, read once per link; null while loading or unlinked. */
export function useEarlierPlan(): Consultation | null {
  const { db, model } = useApp();
  const previousId = model.consultation.value?.review.previousConsultationId ?? null;
  const [plan, setPlan] = useState<Consultation | null>(null);
  useEffect(() => {
    let live = true;
    setPlan(null);
    if (previousId) {
      void db
        .then((opened) => consultationRepository(opened).get(previousId))
        .then((found) => {
          if (live) setPlan(found ?? null);
        });
    }
    return () => {
      live = false;
    };
  }, [db, previousId]);
  return plan;
}
