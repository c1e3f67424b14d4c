import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Pure lib/ tests run in Node; DOM tests ask for happy-dom in their first line
// (`// @vitest-environment happy-dom`, see docs/architecture.md, "Tests"), and only they
// load the testing library and clean up what they rendered.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/preact');
  afterEach(() => {
    cleanup();
  });
}
