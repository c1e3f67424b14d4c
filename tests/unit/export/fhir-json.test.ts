import { describe, expect, it } from 'vitest';
import { fhirBundleFrom, fhirJsonFrom } from '../../../lib/export/fhir';
import { bundleIntegrity } from '../../../lib/export/fhir-integrity';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { blank, complete, context, noTreatment } from '../plan/consultations';

const withControls = () => {
  const c = complete();
  c.agreement.goal = 'Walk\u0007 to the shop\u007F';
  return c;
};

describe('the FHIR file’s text (fhirJsonFrom)', () => {
  it.each([
    ['a complete consultation', complete, {}],
    ['a blank one', blank, {}],
    ['an informed choice of no treatment', noTreatment, {}],
    ['one with control characters typed in', withControls, {}],
    ['one signed with the practice key', complete, { signingKey: 'k'.repeat(44) }],
  ] as const)('is JSON.stringify of the sealed bundle, for %s', (_name, make, extra) => {
    const plan = buildAgreedPlan(make(), { ...context(), ...extra });
    const json = fhirJsonFrom(plan);
    expect(json).toBe(JSON.stringify(fhirBundleFrom(plan)));
    expect(bundleIntegrity(JSON.parse(json) as Parameters<typeof bundleIntegrity>[0])).toBe('intact');
  });
});
