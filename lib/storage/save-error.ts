/** Plain words for a failed save (shared brief, bar 5: "the clinician sees what happened"). */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: this computer has run out of storage space for Cocreate. Your text is still on screen — copy it somewhere safe, then free some space or export and delete old consultations.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'Not saved: the browser closed Cocreate’s storage. Your text is still on screen — copy it, then reopen the panel.';
  }
  return 'Not saved: the browser refused to store this change. Your text is still on screen — copy it before closing the panel.';
}

/** Plain words for a database that did not open at all (its code failed to load, or the browser refused it). */
export function describeOpenError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return describeSaveError(error);
  return 'Cocreate could not open its saved consultations, so changes are not being saved. Close and reopen the panel; if this keeps happening, tell whoever looks after Cocreate at your practice.';
}
