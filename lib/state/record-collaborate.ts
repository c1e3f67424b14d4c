import { readCollaborateResponse } from '../domain/collaborate-response';
import type { CollaborateResponse } from '../domain/consultation';
import type { ConsultationRepository } from '../storage/consultations';
import { diffLeaves } from '../domain/leaf-patch';
import type { SyncChannel } from './sync-channel';

/**
 * Saves the patient's collaboRATE answers onto their consultation from the hand-over
 * screen, and tells an open side panel field by field (lib/state/sync-channel.ts), so
 * the panel's next save keeps them instead of writing its older copy over them.
 * Reads the stored record first: only `collaborate` (or `collaborateLater`) and `updatedAt` change.
 * Answers once given are never replaced (a reload, the page's address typed again, a second
 * hand-over): a later response is kept beside the first, and only the first counts in the audit.
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
  const first = readCollaborateResponse(before.collaborate);
  const after = first
    ? { ...before, collaborateLater: [...(before.collaborateLater ?? []), response], updatedAt }
    : { ...before, collaborate: response, updatedAt };
  await consultations.put(after);
  sync.post({ consultationId: id, updatedAt, changes: diffLeaves(before, after) });
}
