import { Bold, ClassicEditor, Essentials, Italic, List, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

export function mountCkEditor(element: HTMLElement): Promise<ClassicEditor> {
  return ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List],
    toolbar: ['bold', 'italic', 'bulletedList'],
  });
}
