import { describe, expect, it } from 'vitest';
import { buildFhirBundle } from '../../../lib/export/fhir';
import { bundleIntegrity } from '../../../lib/export/fhir-integrity';
import { complete, context } from '../plan/consultations';

describe('control characters typed or pasted into a consultation', () => {
  const c = complete();
  c.agreement.goal = 'Walk\u0007 to the\u007F shop \u0000daily\u007F';
  const bundle = buildFhirBundle(c, context());
  const json = JSON.stringify(bundle);

  it('reach no string of the document, narratives included, and the words stay', () => {
    expect(json).not.toMatch(/\\u000[07]|\u007F/);
    expect(json).toContain('Walk to the shop daily');
    const goal = bundle.entry?.find((e) => e.resource?.resourceType === 'Goal')?.resource;
    expect(JSON.stringify(goal)).toContain('Walk to the shop daily');
  });

  it('leave a document that is sealed over what it holds', () => {
    expect(bundleIntegrity(JSON.parse(json) as typeof bundle)).toBe('intact');
  });
});
