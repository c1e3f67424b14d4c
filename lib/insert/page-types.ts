/** The kinds of field the sidebar can write into (docs/architecture.md, "Writing into the EHR"). */
export type FieldKind = 'textarea' | 'input' | 'contenteditable' | 'ckeditor5' | 'tinymce' | 'quill';

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
 * reach. Only `write` carries plan text, and only after `check` has passed.
 */
export type IsolatedRequest =
  | { action: 'mark'; token: string; bannerSelector: string }
  | { action: 'check'; token: string; bannerSelector: string }
  | { action: 'write'; token: string; text: string; settleMs: number }
  | { action: 'tag'; token: string; nonce: string }
  | { action: 'read-back'; token: string; html: string; text: string; settleMs: number };

export type IsolatedResult =
  | ({ status: 'marked'; kind: FieldKind; label: string } & PageFacts)
  | ({ status: 'ready'; kind: FieldKind; label: string } & PageFacts)
  | { status: 'tagged' }
  | { status: 'inserted' }
  | { status: 'no-field' | 'hidden-field' | 'cross-origin' | 'page-changed' | 'field-gone' }
  | { status: 'not-accepted' }
  | { status: 'failed'; reason: string };

/** The one call into the page's MAIN world: an editor API call with only the format it needs. */
export interface EditorRequest {
  nonce: string;
  kind: EditorKind;
  /** HTML for CKEditor 5 and TinyMCE, plain text for Quill. */
  content: string;
}

export type EditorResult = { status: 'written' } | { status: 'failed'; reason: string };
