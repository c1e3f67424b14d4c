import { ContentState, Editor as DraftEditor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

// React pages are written without JSX here: the repository's JSX is Preact's.

/** A Slate note (slate-react), whose model is `editor.children`. */
export function mountSlate(element: HTMLElement, label: string): () => string {
  const editor = withHistory(withReact(createEditor()));
  const initialValue: Descendant[] = [{ children: [{ text: '' }] }];
  const children = h(Editable, { 'aria-label': label, className: 'editable' });
  createRoot(element).render(h(Slate, { editor, initialValue, children }));
  return () => editor.children.map((block) => Node.string(block)).join('\n');
}

/** A Draft.js note, whose model is the EditorState held by React. */
export function mountDraft(element: HTMLElement, label: string): () => string {
  const latest = { state: EditorState.createWithContent(ContentState.createFromText('')) };
  function DraftNote() {
    const [state, setState] = useState(latest.state);
    const ref = useRef(latest);
    return h(
      'div',
      { className: 'editable' },
      h(DraftEditor, {
        editorState: state,
        ariaLabel: label,
        onChange: (next: EditorState) => {
          ref.current.state = next;
          setState(next);
        },
      }),
    );
  }
  createRoot(element).render(h(DraftNote));
  return () => latest.state.getCurrentContent().getPlainText('\n');
}
