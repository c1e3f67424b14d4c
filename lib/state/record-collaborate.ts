import type { CollaborateResponse } from '../domain/consultation';
import type { ConsultationRepository } from '../storage/consultations';
import { diffLeaves } from './leaf-patch';
import type { SyncChannel } from './sync-channel';

/**
 * Saves the patient's collaboRATE answers onto their consultation from the hand-over
 * screen, and tells an open side panel field by field (lib/state/sync-channel.ts), so
 * the panel's next save keeps them instead of writing its older copy over them.
 * Reads the stored record first: only `collaborate` and `updatedAt` change.
 */
export async function recordCollaborate(
  consultations: ConsultationRepository,
  sync: SyncChannel,
  id: string,
  response: CollaborateResponse,
): Promise<void> {
  const before = await consultations.get(id);
  if (!before) throw new Error('The consultation is no longer stored.');
  const updatedAt = response.answeredAt > before.updatedAt ? response.answeredAt : before.updatedAt;
  const after = { ...before, collaborate: response, updatedAt };
  await consultations.put(after);
  sync.post({ consultationId: id, updatedAt, changes: diffLeaves(before, after) });
}
