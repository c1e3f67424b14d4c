import { effect } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { CATALOGUES, catalogue } from '../../../lib/i18n/catalogue';

// Welsh loads when first asked for, to keep it out of the side panel's initial payload (docs/performance.md).
describe('catalogue()', () => {
  it('gives English at once', () => {
    expect(catalogue('en')).toBe(CATALOGUES.en);
  });

  it('loads Welsh on first use and tells whoever asked when it has arrived', async () => {
    const seen: string[] = [];
    const stop = effect(() => {
      seen.push(catalogue('cy').elements.agenda.name);
    });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(CATALOGUES.cy.elements.agenda.name));
    stop();
    expect(catalogue('cy')).toBe(CATALOGUES.cy);
  });
});
