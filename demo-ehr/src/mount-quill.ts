import Quill from 'quill';
import 'quill/dist/quill.snow.css';

export function mountQuill(element: HTMLElement): Quill {
  return new Quill(element, {
    theme: 'snow',
    modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] },
  });
}
