/** Placeholder until the option grid library lands (issue 4): the "discussing options" step embeds this. */
export function GridPanel() {
  return <p class="field__hint">Option grids are not available yet.</p>;
}
