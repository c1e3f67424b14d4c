import { describe, expect, it } from 'vitest';
import { CY } from '../../../lib/i18n/cy';

/**
 * Corrections asked for in the clinical review (by a clinician; no first-language Welsh speaker
 * has reviewed Cocreate's Welsh, docs/clinical-safety/hazard-log.md): "amwysedd" means ambiguity,
 * not ambivalence ("teimladau cymysg"); the care aim Improvement is "Gwelliant",
 * keeping "Gwella" for the verb; nausea is "cyfog", not "teimlo'n sâl"; "ysmygu".
 */
describe('Welsh interface words', () => {
  const text = JSON.stringify(CY);

  it('uses the corrected words', () => {
    expect(text).not.toMatch(/amwysedd|(^|[^yY])smygu|teimlo[’']n sâl/);
    expect(text).toContain('teimladau cymysg');
  });

  it('names the care aim Improvement "Gwelliant"', () => {
    expect(CY.careAims.improvement.name).toBe('Gwelliant');
  });
});
