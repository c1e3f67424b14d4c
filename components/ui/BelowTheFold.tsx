import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstPaint, hasPainted } from './after-first-paint';

/**
 * Renders its children from the page's second frame on. The side panel's first frame then holds
 * what the clinician looks at first (the header, the navigator and the top of the step with the
 * restored draft) and comes sooner; what is further down follows a frame later (panel open,
 * docs/performance.md). Once the page has painted, it renders its children at once, so moving
 * between steps shows each step whole.
 */
export function BelowTheFold({ children }: { children: ComponentChildren }) {
  const [shown, setShown] = useState(hasPainted);
  useEffect(() => {
    if (shown) return;
    let live = true;
    void afterFirstPaint().then(() => live && setShown(true));
    return () => {
      live = false;
    };
  }, [shown]);
  return shown ? <>{children}</> : null;
}
