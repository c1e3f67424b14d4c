import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, createEditor } from 'lexical';

/** A Lexical rich-text note (Meta's editor), as a React-free page would mount it. */
export function mountLexical(element: HTMLElement): () => string {
  const editor = createEditor({
    namespace: 'demo-note',
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(element);
  mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
  return () => editor.getEditorState().read(() => $getRoot().getTextContent());
}
