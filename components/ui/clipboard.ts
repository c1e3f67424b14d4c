/** Plain text onto the clipboard (extension pages may write it with clipboardWrite). */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** HTML and its plain-text twin, so rich editors keep formatting and plain fields still paste. */
export async function copyHtml(html: string, text: string): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
