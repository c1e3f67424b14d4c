import tinymce, { type Editor } from 'tinymce';
import 'tinymce/icons/default';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';

/** TinyMCE from npm, bundled (no cloud script, no API key): skins load from the imports above. */
export async function mountTinyMce(element: HTMLTextAreaElement): Promise<Editor> {
  const [editor] = await tinymce.init({
    target: element,
    license_key: 'gpl',
    skin_url: 'default',
    content_css: 'default',
    menubar: false,
    statusbar: false,
    promotion: false,
    branding: false,
    height: 200,
    toolbar: 'bold italic | bullist',
  });
  if (!editor) throw new Error('TinyMCE did not start');
  return editor;
}
