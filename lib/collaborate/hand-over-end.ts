/**
 * How the hand-over screen tells the clinician's panel it was left by the hold (docs/collaborate.md,
 * "Unlock"): a message on this BroadcastChannel before its window closes. A window that closes
 * without one (Ctrl+W, Alt+F4, the browser's own close) ended early, and the panel locks.
 */
export const HAND_OVER_CHANNEL = 'cocreate-hand-over';

export interface HandOverHeld {
  kind: 'hand-over-held';
  consultationId: string;
}

export const handOverHeld = (consultationId: string): HandOverHeld => ({
  kind: 'hand-over-held',
  consultationId,
});

/** True when `data` says the hand-over of `consultationId` was left by the hold. */
export function isHandOverHeld(data: unknown, consultationId: string): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Partial<HandOverHeld>).kind === 'hand-over-held' &&
    (data as Partial<HandOverHeld>).consultationId === consultationId
  );
}
