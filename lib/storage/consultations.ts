import type { Consultation, ConsultationStatus } from '../domain/consultation';
import type { CocreateDb } from './db';

/**
 * The consultations table, for code outside lib/storage: components and entry points read
 * and write consultations through these, never through Dexie (docs/architecture.md, "Layers").
 */
export interface ConsultationRepository {
  get(id: string): Promise<Consultation | undefined>;
  put(consultation: Consultation): Promise<void>;
  /** Sets the status of a stored consultation other than the open one (no undo entry). */
  setStatus(id: string, status: ConsultationStatus): Promise<void>;
  /** Those with `status` that `keep` accepts; the status index keeps the scan to those. */
  withStatus(status: ConsultationStatus, keep: (c: Consultation) => boolean): Promise<Consultation[]>;
  /** Every stored consultation `keep` accepts (a full scan: for lists, not for each keystroke). */
  matching(keep: (c: Consultation) => boolean): Promise<Consultation[]>;
}

export function consultationRepository(db: CocreateDb): ConsultationRepository {
  return {
    get: (id) => db.consultations.get(id),
    put: async (consultation) => {
      await db.consultations.put(consultation);
    },
    setStatus: async (id, status) => {
      await db.consultations.update(id, { status });
    },
    matching: (keep) => db.consultations.filter(keep).toArray(),
    withStatus: (status, keep) => db.consultations.where('status').equals(status).filter(keep).toArray(),
  };
}
