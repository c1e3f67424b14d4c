/**
 * What each demo note's own Save button stored, read from the note's own model (the editor's
 * state, the component's property), never from its DOM: end-to-end tests check what an EHR
 * built this way would save.
 */
declare global {
  interface Window {
    demoSaved: Record<string, string>;
  }
}

/** A Save button beside a note: stores what the note's model holds under `name`. */
export function saveButton(name: string, read: () => string): HTMLButtonElement {
  window.demoSaved ??= {};
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Save';
  button.dataset.save = name;
  button.addEventListener('click', () => {
    window.demoSaved[name] = read();
    button.textContent = 'Saved';
  });
  return button;
}
