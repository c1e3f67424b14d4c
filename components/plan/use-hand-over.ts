import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { createHandOver, type HandOver } from '../../lib/app/hand-over';
import type { SidePanelApp } from '../../lib/app/side-panel-app';
import { browserOutlets } from './browser-outlets';

/**
 * The plan panel's hand-over model, with the EHR field Insert will write into. That field is chosen
 * only when the side panel gains focus — the moment the clinician turns from the EHR field to
 * Cocreate — never on hover or visibility, so a page is not entered until the clinician comes to the
 * panel (docs/privacy.md, "When Cocreate enters the EHR page"). Once chosen, the patient lock
 * follows the EHR tab: when its address or title changes, the page is read again (no plan text goes
 * in) so a move to another patient shows before Insert is pressed.
 */
export function useHandOver(app: SidePanelApp): HandOver {
  const handOver = useMemo(() => createHandOver({ app, outlets: browserOutlets }), [app]);
  useEffect(() => {
    const choose = () => void handOver.chooseField();
    // Opened from the toolbar icon or the shortcut, the panel starts focused and gets no focus event.
    if (document.hasFocus()) choose();
    window.addEventListener('focus', choose);
    const follow = (tabId: number, change: { url?: string; title?: string; status?: string }) => {
      if (change.url === undefined && change.title === undefined && change.status !== 'complete') return;
      void handOver.followTab(tabId);
    };
    // Absent where the panel runs outside the extension (component tests).
    const updates = (browser as Partial<typeof browser> | undefined)?.tabs?.onUpdated;
    updates?.addListener(follow);
    return () => {
      window.removeEventListener('focus', choose);
      updates?.removeListener(follow);
    };
  }, [handOver]);
  return handOver;
}
