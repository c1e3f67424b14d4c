// Installed before any page script runs. Every animation frame it checks whether
// the page is ready; the first frame where it is, it records performance.now()
// (milliseconds since navigation start) in window.__benchReady.
// Ready means: an enabled form control is on screen and, when `marker` is given,
// that control (or the page's text) shows the restored draft containing it. With
// `markerScope`, only controls inside it count: in the side panel, the fields of the
// element the consultation is on, not the patient reference in the header, which
// would make the panel "ready" while its step still said "Loading…".
export default function readyProbe({ marker, markerPages, markerScope }) {
  const needsMarker = markerPages.some((page) => location.pathname.endsWith(page));
  function ready() {
    const scope = needsMarker && markerScope ? document.querySelector(markerScope) : document;
    if (!scope) return false;
    const controls = scope.querySelectorAll('input, textarea, select, button');
    let enabled = false;
    for (const control of controls) {
      if (control.disabled) continue;
      enabled = true;
      if (!needsMarker) return true;
      if ('value' in control && String(control.value).includes(marker)) return true;
    }
    return enabled && needsMarker && (scope === document ? document.body : scope).innerText.includes(marker);
  }
  function check() {
    // Give up after 30 s so a page that never shows the draft stops paying for the check.
    if (performance.now() > 30_000) return;
    if (document.body && ready()) {
      window.__benchReady = performance.now();
      return;
    }
    requestAnimationFrame(check);
  }
  requestAnimationFrame(check);
}
