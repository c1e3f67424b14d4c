import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

/** Firefox's sidebar API, missing from WXT's Chrome-based types. */
interface FirefoxSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

export default defineBackground(() => {
  // Chrome/Edge: the toolbar icon and the _execute_action shortcut open the side panel.
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  // Firefox: the toolbar icon toggles the sidebar (the shortcut is _execute_sidebar_action).
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  browser.action?.onClicked.addListener(() => void sidebar?.toggle());
});
