import './ehr.css';
import { mountCkEditor } from './mount-ckeditor';

// The letter editor lives in a same-origin iframe, as in EHRs that frame their document module.
declare global {
  interface Window {
    demoEditors: Record<string, unknown>;
  }
}
window.demoEditors = {};
void mountCkEditor(document.getElementById('letter-editor')!).then((editor) => {
  window.demoEditors.ckeditor = editor;
  document.body.dataset.editorsReady = 'true';
});
