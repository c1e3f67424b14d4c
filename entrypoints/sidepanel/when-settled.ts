/**
 * Resolves once the panel has been open `delayMs` and the browser then has an idle moment (or
 * `idleTimeoutMs` has passed without one). For housekeeping that must never compete with opening
 * the panel or the clinician's first keystrokes.
 */
export function whenSettled(delayMs: number, idleTimeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs }), delayMs);
  });
}
