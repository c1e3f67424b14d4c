import type { Consultation } from '../../lib/domain/consultation';
import { applyLeaves, diffLeaves } from '../../lib/state/leaf-patch';
import { consultationRepository } from '../../lib/storage/consultations';
import type { CocreateDb } from '../../lib/storage/db';
import { createSyncChannel, SYNC_CHANNEL_NAME } from '../../lib/state/sync-channel';

/**
 * The patient view's link to the panel (lib/state/sync-channel.ts): it follows each edit
 * made in the panel while it is open, and a change made here (a copy printed) is saved and
 * sent to the panel field by field, so neither window writes over the other.
 */
export function followConsultation(db: CocreateDb, id: string) {
  const sync = createSyncChannel(new BroadcastChannel(SYNC_CHANNEL_NAME));
  return {
    follow(onChange: (change: (current: Consultation) => Consultation) => void): void {
      sync.listen((message) => {
        if (message.consultationId === id) onChange((current) => applyLeaves(current, message.changes));
      });
    },
    save(before: Consultation, after: Consultation): void {
      const next = { ...after, updatedAt: new Date().toISOString() };
      void consultationRepository(db).put(next);
      sync.post({ consultationId: id, updatedAt: next.updatedAt, changes: diffLeaves(before, next) });
    },
  };
}
