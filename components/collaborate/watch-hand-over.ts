import { isHandOverHeld } from '../../lib/collaborate/hand-over-end';

type WindowState = 'normal' | 'minimized' | 'maximized' | 'fullscreen' | 'locked-fullscreen';

/** The part of `browser.windows` the hand-over needs; passed in, so tests give a fake. */
export interface WindowsApi {
  getAll(): Promise<{ id?: number; state?: string }[]>;
  update(id: number, change: { state: WindowState }): Promise<unknown>;
  onRemoved: {
    addListener(listener: (windowId: number) => void): void;
    removeListener(listener: (windowId: number) => void): void;
  };
}

export interface ChannelLike {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export type WindowToRestore = { id: number; state: WindowState };

/** A closing screen's last message may land just after its window's removal: this long is waited for it. */
const LATE_MESSAGE_MS = 300;

/**
 * Minimises every other window (the EHR, other Cocreate pages) while the patient holds the device,
 * so a shortcut that leaves the hand-over window does not land on the record. Returns what to restore.
 */
export async function minimiseOthers(windows: WindowsApi, keepId: number): Promise<WindowToRestore[]> {
  const others = (await windows.getAll()).filter(
    (w): w is { id: number; state: WindowState } =>
      w.id !== undefined && w.id !== keepId && w.state !== 'minimized',
  );
  await Promise.all(others.map((w) => windows.update(w.id, { state: 'minimized' }).catch(() => undefined)));
  return others.map(({ id, state }) => ({ id, state }));
}

/** Puts the windows back as they were; one closed meanwhile is skipped. */
export async function restoreWindows(windows: WindowsApi, list: readonly WindowToRestore[]): Promise<void> {
  await Promise.all(list.map((w) => windows.update(w.id, { state: w.state }).catch(() => undefined)));
}

/**
 * Resolves when the hand-over window closes: 'held' when its screen said it was left by the hold,
 * 'ended-early' for any other way (Ctrl+W, Alt+F4, the window's close button).
 */
export function watchHandOver(
  windows: WindowsApi,
  channel: ChannelLike,
  windowId: number,
  consultationId: string,
): Promise<'held' | 'ended-early'> {
  return new Promise((resolve) => {
    let held = false;
    const onMessage = (event: { data: unknown }) => {
      if (isHandOverHeld(event.data, consultationId)) held = true;
    };
    const onRemoved = (removed: number) => {
      if (removed !== windowId) return;
      windows.onRemoved.removeListener(onRemoved);
      setTimeout(() => {
        channel.removeEventListener('message', onMessage);
        resolve(held ? 'held' : 'ended-early');
      }, LATE_MESSAGE_MS);
    };
    channel.addEventListener('message', onMessage);
    windows.onRemoved.addListener(onRemoved);
  });
}
