import { describe, expect, it } from 'vitest';
import { CY } from '../../../lib/i18n/cy';

/**
 * Corrections a first-language Welsh reviewer asked for: "amwysedd" means ambiguity,
 * not ambivalence ("teimladau cymysg"); the care aim Improvement is "Gwelliant",
 * keeping "Gwella" for the verb; nausea is "cyfog", not "teimlo'n sâl"; "ysmygu".
 */
describe('Welsh interface words', () => {
  const text = JSON.stringify(CY);

  it('uses the reviewer’s words', () => {
    expect(text).not.toMatch(/amwysedd|(^|[^yY])smygu|teimlo[’']n sâl/);
    expect(text).toContain('teimladau cymysg');
  });

  it('names the care aim Improvement "Gwelliant"', () => {
    expect(CY.careAims.improvement.name).toBe('Gwelliant');
  });
});
