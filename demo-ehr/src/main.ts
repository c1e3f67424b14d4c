import './ehr.css';
import { mountCkEditor } from './mount-ckeditor';
import { mountQuill } from './mount-quill';

// Exposed so end-to-end tests can read each editor back through its own API.
declare global {
  interface Window {
    demoEditors: Record<string, unknown>;
  }
}
window.demoEditors = {};
window.demoEditors.quill = mountQuill(document.getElementById('quill-editor')!);
void mountCkEditor(document.getElementById('ckeditor-editor')!).then((editor) => {
  window.demoEditors.ckeditor = editor;
  document.body.dataset.editorsReady = 'true';
});
