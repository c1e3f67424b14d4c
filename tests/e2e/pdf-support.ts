import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

/** Chromium's own PDF output, with the page's CSS page size (A4). */
export async function printToPdf(page: Page): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = (await cdp.send('Page.printToPDF', { preferCSSPageSize: true })) as { data: string };
  await cdp.detach();
  return Buffer.from(data, 'base64');
}

/** The text of every page, as a PDF reader would extract it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Pages in a PDF as Chromium writes them (one "/Type /Page" object each). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Text without any spaces: PDF extraction splits ligatures ("o ff ", "fi rst"), so compare squashed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
