import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireSidePanel } from '../lib/insert/open-panel';

/** Firefox's sidebar API, missing from WXT's Chrome-based types. */
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

export default defineBackground(() => {
  // Chrome/Edge: the toolbar icon and the shortcut open the side panel and grant activeTab.
  if (browser.sidePanel) return wireSidePanel(browser);
  // Firefox: the toolbar icon toggles the sidebar (the shortcut is _execute_sidebar_action).
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  browser.action?.onClicked.addListener(() => void sidebar?.toggle());
});
