/**
 * Puts the cursor in the step's box labelled `label` as soon as it is on the page: a step loads
 * its code the first time it is shown, so the box may come a few frames after the move that
 * asked for it (docs/quick-path.md, "What makes it short"). Gives up quietly after `timeoutMs`;
 * the step's heading then has the focus the move gave it.
 */
export function focusField(label: string, timeoutMs = 3000): void {
  const until = performance.now() + timeoutMs;
  const look = () => {
    const named = [...document.querySelectorAll<HTMLLabelElement>('.step label.field__label')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    const box = named?.htmlFor ? document.getElementById(named.htmlFor) : null;
    if (box) box.focus();
    else if (performance.now() < until) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
