import type { LeafChange } from '../domain/leaf-patch';

/** What one window tells the others after a local edit to a consultation. */
export interface SyncMessage {
  consultationId: string;
  updatedAt: string;
  changes: LeafChange[];
}

export interface SyncChannel {
  post(message: SyncMessage): void;
  listen(handler: (message: SyncMessage) => void): void;
}

/** The part of `BroadcastChannel` we use; passed in so lib/ stays free of browser globals. */
export interface MessagePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/**
 * Tells the other open Cocreate windows (side panels in other browser windows,
 * an options or review page) about each edit, so none of them later saves an
 * older copy over it. Same-origin BroadcastChannel: nothing leaves the browser.
 */
export function createSyncChannel(port: MessagePort): SyncChannel {
  return {
    post(message) {
      try {
        port.postMessage(message);
      } catch {
        // A closed channel only loses live sync; each window still saves its own text.
      }
    },
    listen(handler) {
      port.addEventListener('message', (event) => {
        if (isSyncMessage(event.data)) handler(event.data);
      });
    },
  };
}

function isSyncMessage(data: unknown): data is SyncMessage {
  const message = data as Partial<SyncMessage> | null;
  return (
    typeof message?.consultationId === 'string' &&
    typeof message.updatedAt === 'string' &&
    Array.isArray(message.changes)
  );
}

export const SYNC_CHANNEL_NAME = 'cocreate-consultation-sync';
