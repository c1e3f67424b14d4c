// Measures keystroke to next frame for real key presses (CDP Input.dispatchKeyEvent,
// which Chromium handles like hardware input). For each keydown, from its timeStamp:
//  - toFrame: to the requestAnimationFrame callback that follows the handlers, i.e. the
//    start of the first frame that can show the typed character;
//  - toPaint: to a message posted from that callback, which runs once that frame is painted;
//  - toIdle: to a microtask queued by the input event's last listener (on window, after the
//    field's own handler), which runs once the handler, the re-render it scheduled as a
//    microtask and the synchronous part of autosave (the localStorage journal) are done.
// The Event Timing API counts the keystrokes it saw take longer than 16 ms, as a cross-check.
export default function typingProbe() {
  const state = { toFrame: [], toPaint: [], toIdle: [], slowEvents: 0, longestEvent: 0 };
  window.__benchTyping = state;
  let lastKeydown = 0;
  window.addEventListener('input', () => {
    const start = lastKeydown;
    // Two hops, so a render that schedules one more render is counted too.
    void Promise.resolve()
      .then(() => undefined)
      .then(() => state.toIdle.push(performance.now() - start));
  });
  window.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      lastKeydown = start;
      requestAnimationFrame(() => {
        state.toFrame.push(performance.now() - start);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => state.toPaint.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    { capture: true },
  );
  if (PerformanceObserver.supportedEntryTypes.includes('event')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name !== 'keydown') continue;
        state.slowEvents += entry.duration > 16 ? 1 : 0;
        state.longestEvent = Math.max(state.longestEvent, entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  }
  return true;
}
