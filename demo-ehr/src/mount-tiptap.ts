import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

/** A TipTap note (ProseMirror underneath). */
export function mountTipTap(element: HTMLElement, label: string): () => string {
  const editor = new Editor({
    element,
    extensions: [StarterKit],
    editorProps: { attributes: { 'aria-label': label } },
  });
  return () => editor.getText({ blockSeparator: '\n' });
}
