import './ehr.css';
import { saveButton } from './demo-saved';
import { mountLexical } from './mount-lexical';
import { mountDraft, mountSlate } from './mount-react-editors';
import { mountTipTap } from './mount-tiptap';
import { mountPatients } from './patients';

// Notes built with today's editor frameworks, each with the page's own Save.
mountPatients();
const place = (id: string, read: () => string) =>
  document.getElementById(id)!.after(saveButton(id.replace(/-editor$/, ''), read));

place('lexical-editor', mountLexical(document.getElementById('lexical-editor')!));
place('slate-editor', mountSlate(document.getElementById('slate-editor')!, 'Presenting complaint (Slate)'));
place('draft-editor', mountDraft(document.getElementById('draft-editor')!, 'Examination (Draft.js)'));
place('tiptap-editor', mountTipTap(document.getElementById('tiptap-editor')!, 'Plan (TipTap)'));

// A summary box whose page keeps one line only, as some EHRs do: it joins lines as they arrive.
const summary = document.getElementById('one-line-summary') as HTMLTextAreaElement;
summary.addEventListener('input', () => (summary.value = summary.value.replace(/\s*\n+\s*/g, ' ')));
place('one-line-summary', () => summary.value);

requestAnimationFrame(() => (document.body.dataset.editorsReady = 'true'));
