let firstPaint: Promise<void> | undefined;
let painted = false;

/**
 * Resolves once the page has painted its first frame: a timer queued from an animation frame
 * callback runs after that frame. One promise per page, so the database load and every part
 * waiting below the fold share one wait. A hidden page gets no animation frames, so a plain timer
 * stands in, or work waiting on this (opening the database) would never start.
 */
export function afterFirstPaint(): Promise<void> {
  firstPaint ??= new Promise<void>((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  }).then(() => {
    painted = true;
  });
  return firstPaint;
}

/** Whether the page has painted its first frame (afterFirstPaint has resolved). */
export const hasPainted = (): boolean => painted;
