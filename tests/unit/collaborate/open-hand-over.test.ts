import { describe, expect, it } from 'vitest';
import { handOverUrl, openHandOver } from '../../../components/collaborate/open-hand-over';

type Created = { url: string; type: string; state: string; focused: boolean };

/** Just the parts of the extension API the hand-over opens with; `refuse` states are refused. */
function fakeBrowser(refuse: string[] = []) {
  const created: Created[] = [];
  const browser = {
    runtime: { getURL: (path: string) => `chrome-extension://abc${path}` },
    windows: {
      create: (data: Created) => {
        if (refuse.includes(data.state)) return Promise.reject(new Error(`no ${data.state}`));
        created.push(data);
        return Promise.resolve({});
      },
    },
  };
  return { browser: browser as unknown as Parameters<typeof openHandOver>[0], created };
}

describe('opening the hand-over screen', () => {
  it('carries only the consultation id and the language in its address', () => {
    const { browser } = fakeBrowser();
    expect(handOverUrl(browser, 'id with space', 'cy')).toBe(
      'chrome-extension://abc/collaborate.html?id=id%20with%20space&lang=cy',
    );
  });

  it('asks for a full-screen popup window: no side panel, the EHR covered', async () => {
    const { browser, created } = fakeBrowser();
    await openHandOver(browser, 'c1', 'en');
    expect(created).toEqual([
      {
        url: 'chrome-extension://abc/collaborate.html?id=c1&lang=en',
        type: 'popup',
        state: 'fullscreen',
        focused: true,
      },
    ]);
  });

  it('falls back to a maximised popup where full screen is refused', async () => {
    const { browser, created } = fakeBrowser(['fullscreen']);
    await openHandOver(browser, 'c1', 'en');
    expect(created.map((w) => [w.type, w.state])).toEqual([['popup', 'maximized']]);
  });
});
