import Quill from 'quill';
import './ehr.css';
import { mountCkEditor } from './mount-ckeditor';
import { mountQuill } from './mount-quill';
import { mountTinyMce } from './mount-tinymce';
import { mountPatients } from './patients';

// Exposed so end-to-end tests can read each editor back through its own API.
declare global {
  interface Window {
    demoEditors: Record<string, unknown>;
    Quill: typeof Quill;
  }
}
// EHRs that load Quill from a <script> tag have it as a global; the sidebar finds editors through it.
window.Quill = Quill;
mountPatients();
window.demoEditors = {};
window.demoEditors.quill = mountQuill(document.getElementById('quill-editor')!);
void Promise.all([
  mountCkEditor(document.getElementById('ckeditor-editor')!).then((editor) => {
    window.demoEditors.ckeditor = editor;
  }),
  mountTinyMce(document.getElementById('tinymce-editor') as HTMLTextAreaElement).then((editor) => {
    window.demoEditors.tinymce = editor;
  }),
]).then(() => {
  document.body.dataset.editorsReady = 'true';
});
