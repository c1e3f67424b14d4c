import { describe, expect, it } from 'vitest';
import type { Review } from '../../../lib/domain/consultation';
import { choice, type FieldSpecs } from '../../../lib/domain/field-kinds';
import { registryChoices } from './registry-choices';

type NextStepOnly = FieldSpecs<Pick<Review, 'nextStep'>>;

describe('a choice field in the registry carries its values', () => {
  it('exactly the field’s type: none left out, none added, never a bare kind (checked by tsc)', () => {
    const bare: NextStepOnly = {
      // @ts-expect-error a field whose type names its values must carry them
      nextStep: 'choice',
    };
    const fewer: NextStepOnly = {
      // @ts-expect-error 'refer' is left out
      nextStep: choice(['continue', 'new-cycle', 'discharge', '']),
    };
    const more: NextStepOnly = {
      // @ts-expect-error 'sideways' is not a next step
      nextStep: choice(['continue', 'new-cycle', 'discharge', 'refer', '', 'sideways']),
    };
    const exact: NextStepOnly = { nextStep: choice(['continue', 'new-cycle', 'discharge', 'refer', '']) };
    expect([bare, fewer, more, exact]).toHaveLength(4);
  });

  it.each([...registryChoices()])(
    '%s lists each value once, with “not chosen” (empty) last if at all',
    (_path, values) => {
      expect(new Set(values).size).toBe(values.length);
      if (values.includes('')) expect(values.at(-1)).toBe('');
    },
  );
});
