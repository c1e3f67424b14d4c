/** The kinds of field the sidebar can write into (docs/architecture.md, "Writing into the EHR"). */
export type FieldKind =
  | 'textarea'
  | 'input'
  | 'contenteditable'
  | 'lexical'
  | 'slate'
  | 'draft'
  | 'prosemirror'
  | 'ckeditor5'
  | 'tinymce'
  | 'quill';

/** Editors whose own API must make the change (their model would undo a plain DOM write). */
export type EditorKind = Extract<FieldKind, 'ckeditor5' | 'tinymce' | 'quill'>;

/** What the page showed when the field was chosen, and shows again at each check. */
export interface PageFacts {
  url: string;
  title: string;
  /** The patient banner's text, '' when no banner selector is set or none matched. */
  banner: string;
}

/**
 * A call into the EHR page's ISOLATED world, where Cocreate's own state lives out of the page's
 * reach. Only `write` carries plan text, and only after `check` has passed. `lines` is what must
 * be read back, line by line, for the write to count (the editor's own blocks and breaks).
 */
export type IsolatedRequest =
  | { action: 'mark'; token: string; bannerSelector: string }
  | { action: 'check'; token: string; bannerSelector: string }
  /** What the page shows (address, title, banner), with no field chosen and nothing written. */
  | { action: 'facts'; bannerSelector: string }
  | { action: 'write'; token: string; text: string; settleMs: number }
  | { action: 'tag'; token: string; nonce: string }
  | { action: 'read-back'; token: string; lines: string[]; settleMs: number }
  /** After an editor's own undo: is the field back as it was before the write? */
  | { action: 'undone'; token: string };

export type IsolatedResult =
  | ({ status: 'marked'; kind: FieldKind; label: string } & PageFacts)
  | ({ status: 'ready'; kind: FieldKind; label: string } & PageFacts)
  | ({ status: 'facts' } & PageFacts)
  | { status: 'tagged' }
  | { status: 'inserted' }
  | {
      status: 'no-field' | 'hidden-field' | 'cross-origin' | 'closed-shadow' | 'page-changed' | 'field-gone';
    }
  | { status: 'not-accepted' }
  /** The text went in but its lines did not survive; `undone` when the field is back as it was. */
  | { status: 'lines-joined'; undone: boolean }
  | { status: 'failed'; reason: string };

/** The one call into the page's MAIN world: an editor API call with only the format it needs. */
export interface EditorRequest {
  nonce: string;
  kind: EditorKind;
  /** HTML for CKEditor 5 and TinyMCE, plain text for Quill; '' with `undo` set. */
  content: string;
  /** Take the last change back through the editor's own undo (after a failed read-back). */
  undo?: boolean;
}

export type EditorResult = { status: 'written' } | { status: 'failed'; reason: string };
