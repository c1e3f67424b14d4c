/**
 * Saves a blob through the browser's own download (a blob URL and `<a download>`):
 * no `downloads` permission and no network, which the page's CSP forbids anyway.
 */
export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
