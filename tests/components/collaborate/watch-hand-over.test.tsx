import { describe, expect, it } from 'vitest';
import { handOverHeld } from '../../../lib/collaborate/hand-over-end';
import {
  minimiseOthers,
  restoreWindows,
  watchHandOver,
  type ChannelLike,
  type WindowsApi,
} from '../../../components/collaborate/watch-hand-over';

/** Windows as the browser keeps them, with the removal event a real close fires. */
function fakeWindows(initial: { id: number; state: string }[]) {
  const states = new Map(initial.map((w) => [w.id, w.state]));
  const listeners = new Set<(id: number) => void>();
  const api: WindowsApi = {
    getAll: () => Promise.resolve([...states].map(([id, state]) => ({ id, state }))),
    update: (id, { state }) => {
      if (!states.has(id)) return Promise.reject(new Error('No window'));
      states.set(id, state);
      return Promise.resolve();
    },
    onRemoved: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  const close = (id: number) => {
    states.delete(id);
    for (const l of [...listeners]) l(id);
  };
  return { api, states, close };
}

function fakeChannel() {
  const listeners = new Set<(event: { data: unknown }) => void>();
  const channel: ChannelLike = {
    addEventListener: (_type, l) => void listeners.add(l),
    removeEventListener: (_type, l) => void listeners.delete(l),
  };
  return { channel, post: (data: unknown) => listeners.forEach((l) => l({ data })) };
}

describe('the hand-over window, watched from the clinician’s panel', () => {
  it('minimises every other window while the patient holds the device, and restores each as it was', async () => {
    const { api, states } = fakeWindows([
      { id: 1, state: 'maximized' },
      { id: 2, state: 'normal' },
      { id: 3, state: 'minimized' },
      { id: 9, state: 'fullscreen' },
    ]);
    const minimised = await minimiseOthers(api, 9);
    expect([...states]).toEqual([
      [1, 'minimized'],
      [2, 'minimized'],
      [3, 'minimized'],
      [9, 'fullscreen'],
    ]);
    await restoreWindows(api, minimised);
    expect([...states]).toEqual([
      [1, 'maximized'],
      [2, 'normal'],
      [3, 'minimized'],
      [9, 'fullscreen'],
    ]);
  });

  it('says "held" when the screen was left by the hold', async () => {
    const { api, close } = fakeWindows([{ id: 9, state: 'fullscreen' }]);
    const { channel, post } = fakeChannel();
    const ended = watchHandOver(api, channel, 9, 'c1');
    post(handOverHeld('c1'));
    close(9);
    expect(await ended).toBe('held');
  });

  it.each([
    ['closed with no message (Ctrl+W, Alt+F4)', () => undefined],
    ['closed after another consultation’s hold', (post: (d: unknown) => void) => post(handOverHeld('other'))],
    ['closed after a message that is not a hold', (post: (d: unknown) => void) => post({ kind: 'x' })],
  ])('says "ended-early" when %s', async (_name, say) => {
    const { api, close } = fakeWindows([{ id: 9, state: 'fullscreen' }]);
    const { channel, post } = fakeChannel();
    const ended = watchHandOver(api, channel, 9, 'c1');
    say(post);
    close(9);
    expect(await ended).toBe('ended-early');
  });

  it('ignores other windows closing', async () => {
    const { api, close } = fakeWindows([
      { id: 5, state: 'normal' },
      { id: 9, state: 'fullscreen' },
    ]);
    const { channel } = fakeChannel();
    let settled = false;
    const ended = watchHandOver(api, channel, 9, 'c1').then((how) => ((settled = true), how));
    close(5);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled).toBe(false);
    close(9);
    expect(await ended).toBe('ended-early');
  });
});
