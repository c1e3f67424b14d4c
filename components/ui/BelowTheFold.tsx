import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstPaint } from './after-first-paint';

/** Set once the page has painted its first frame: from then on nothing waits. */
let firstFramePainted = false;

/**
 * Renders its children from the page's second frame on. The side panel's first frame then holds
 * what the clinician looks at first (the header, the navigator and the top of the step with the
 * restored draft) and comes sooner; what is further down follows a frame later (panel open,
 * docs/performance.md). Once the page has painted, it renders its children at once, so moving
 * between steps shows each step whole.
 */
export function BelowTheFold({ children }: { children: ComponentChildren }) {
  const [shown, setShown] = useState(firstFramePainted);
  useEffect(() => {
    if (shown) return;
    let live = true;
    void afterFirstPaint().then(() => {
      firstFramePainted = true;
      if (live) setShown(true);
    });
    return () => {
      live = false;
    };
  }, [shown]);
  return shown ? <>{children}</> : null;
}
