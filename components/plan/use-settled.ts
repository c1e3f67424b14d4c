import { useEffect, useState } from 'preact/hooks';

/**
 * The value once it has stopped changing for `ms`. The plan preview, reading-ease
 * figure and jargon list follow typing after a short pause instead of on every
 * keystroke, which kept typing over one frame (docs/performance.md, "Typing").
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
