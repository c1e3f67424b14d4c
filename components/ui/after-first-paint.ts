/**
 * Resolves once the browser has painted the current frame: a timer queued from an animation
 * frame callback runs after that frame. A hidden page gets no animation frames, so a plain
 * timer stands in, or work waiting on this (opening the database) would never start.
 */
export function afterFirstPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
