import type { Consultation } from '../domain/consultation';

/**
 * A synchronous write-ahead copy of the open consultation. IndexedDB writes are
 * asynchronous and can be cut short when the panel closes mid-keystroke;
 * `localStorage` writes finish before the input handler returns, so reopening
 * the panel can recover the newest text (closing the panel mid-sentence; docs/architecture.md, "How a keystroke is kept").
 */
export interface DraftJournal {
  write(consultation: Consultation): void;
  read(): Consultation | null;
  clear(id: string): void;
  /** Notes which consultation the panel shows, so the next open can show its draft before IndexedDB answers. */
  markShown(id: string): void;
  shownId(): string | null;
}

const KEY = 'cocreate.draft-journal';
const SHOWN_KEY = 'cocreate.shown-id';

export function createDraftJournal(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): DraftJournal {
  return {
    write(consultation) {
      try {
        storage.setItem(KEY, JSON.stringify(consultation));
      } catch {
        // A full localStorage only loses the extra safety copy; IndexedDB still saves.
      }
    },
    read() {
      try {
        const raw = storage.getItem(KEY);
        if (!raw) return null;
        const parsed = JSON.parse(raw) as Consultation;
        return typeof parsed.id === 'string' && typeof parsed.updatedAt === 'string' ? parsed : null;
      } catch {
        return null;
      }
    },
    clear(id) {
      const current = this.read();
      if (current?.id === id) storage.removeItem(KEY);
    },
    markShown(id) {
      try {
        storage.setItem(SHOWN_KEY, id);
      } catch {
        // Only the head start on the next open is lost.
      }
    },
    shownId() {
      try {
        return storage.getItem(SHOWN_KEY);
      } catch {
        return null;
      }
    },
  };
}
