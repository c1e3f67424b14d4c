/** Placeholder until the agreed plan lands (issue 5): the "agreeing the way forward" step embeds this. */
export function PlanPanel() {
  return <p class="field__hint">The agreed plan preview is not available yet.</p>;
}
