import { browser } from 'wxt/browser';
import type { PlanOutlets } from '../../lib/app/hand-over';
import { downloadBlob } from '../options-page/download-blob';
import { copyHtml, copyText } from '../ui/clipboard';

/** The browser's side of a hand-over (lib/app/hand-over.ts): a tab, the clipboard, a download. */
export const browserOutlets: PlanOutlets = {
  async openPatientView(consultationId) {
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/patient-view.html')}?id=${encodeURIComponent(consultationId)}`,
    });
  },
  copyText,
  copyHtml,
  download: (text, file) => downloadBlob(document, new Blob([text], { type: file.type }), file.name),
};
