interface TabRef {
  windowId?: number;
}

/** The browser calls that open Chrome's side panel, passed in (WXT's `browser`, or a fake). */
export interface PanelBrowser {
  sidePanel: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { windowId: number }): Promise<void>;
  };
  action: { onClicked: { addListener(listener: (tab: TabRef) => void): void } };
}

/**
 * Opens the side panel from the toolbar icon and from its shortcut (`_execute_action`, which
 * Chrome delivers as the same click) ourselves, with
 * `sidePanel.open()`, instead of `openPanelOnActionClick`: Chrome grants `activeTab` (and so
 * insertion into the EHR tab) only when the extension handles the click or command itself.
 * `open()` is called at once, inside the user gesture (docs/architecture.md, "A fresh install").
 */
export function wireSidePanel(browser: PanelBrowser): void {
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  const open = (tab?: TabRef) => {
    if (tab?.windowId !== undefined)
      void browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
  };
  browser.action.onClicked.addListener(open);
}
