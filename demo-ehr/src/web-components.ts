import './ehr.css';
import { saveButton } from './demo-saved';
import { mountPatients } from './patients';

/**
 * Notes inside web components, as Lit- or LWC-based EHRs build them: the field sits in the
 * component's shadow root, and the component keeps its own model (`value`), which its Save stores.
 */
function noteInto(root: ShadowRoot, host: HTMLElement): void {
  const label = document.createElement('label');
  label.htmlFor = 'note';
  label.textContent = host.getAttribute('label') ?? 'Note';
  label.style.cssText = 'display:block;font-weight:bold;margin:0.8rem 0 0.2rem';
  const field = document.createElement('textarea');
  field.id = 'note';
  field.rows = 6;
  field.style.cssText = 'width:100%;box-sizing:border-box;font:inherit';
  const model = { value: '' };
  field.addEventListener('input', () => (model.value = field.value));
  root.append(
    label,
    field,
    saveButton(host.id, () => model.value),
  );
}

class DemoNote extends HTMLElement {
  connectedCallback() {
    if (!this.shadowRoot) noteInto(this.attachShadow({ mode: 'open' }), this);
  }
}

/** Closed: the page's own scripts, and Cocreate, cannot see inside. */
class DemoClosedNote extends HTMLElement {
  #built = false;
  connectedCallback() {
    if (this.#built) return;
    this.#built = true;
    noteInto(this.attachShadow({ mode: 'closed' }), this);
  }
}

/** A record section that is itself a component holding a note component: two shadow roots deep. */
class DemoSection extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const note = document.createElement('demo-note');
    note.id = this.getAttribute('note-id') ?? 'nested-note';
    note.setAttribute('label', this.getAttribute('label') ?? 'Note');
    root.append(note);
  }
}

customElements.define('demo-note', DemoNote);
customElements.define('demo-closed-note', DemoClosedNote);
customElements.define('demo-section', DemoSection);
mountPatients();
document.body.dataset.editorsReady = 'true';
