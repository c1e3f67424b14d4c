import { describe, expect, it } from 'vitest';
import { PLAN_OUTPUTS } from '../../../lib/outputs/registry';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { scenario, type Status } from './scenarios';

const WORD: Record<Status, string> = { draft: 'draft', agreed: 'agreed', 'not-decided': 'not-decided' };

describe('every file the registry downloads names its patient reference and status', () => {
  it.each(['draft', 'agreed', 'not-decided'] as const)('%s', async (status) => {
    const s = scenario('england', 'en', status, null);
    const plan = buildAgreedPlan(s.consultation, s.context);
    const files = [];
    for (const output of PLAN_OUTPUTS) {
      const built = await output.build(plan, { version: 'patient' });
      if (built.file) files.push(built.file.name);
    }
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const name of files)
      expect(name).toMatch(new RegExp(`^cocreate-plan-AE-1961-${WORD[status]}-2026-11-23\\.`));
  });
});
