import { describe, expect, it } from 'vitest';
import type { GridSignOff, OptionGrid } from '../../../lib/option-grids/grid';
import { gridLabel } from '../../../lib/option-grids/grid-label';
import { applySignOffDraft, withoutSignOff } from '../../../lib/option-grids/grid-sign-off';
import { signOffLine } from '../../../lib/option-grids/grid-status';
import { parseGrid } from '../../../lib/option-grids/parse-grid';
import { readSignOffPolicy, signOffRefusal } from '../../../lib/option-grids/sign-off-policy';
import { validGrid } from '../../fixtures/grids/valid-grid';

const sample = (): OptionGrid => withoutSignOff(validGrid());
const JONES: GridSignOff = {
  reviewerName: 'Dr A Jones',
  reviewerRole: 'GP partner',
  registrationBody: 'GMC',
  registrationNumber: '1234567',
  date: '2026-12-01',
  nextReviewDate: '2027-12-01',
};
const POLICY = readSignOffPolicy('Role: GP partner\nNurse B Evans | NMC | 12A3456E\n\nnot a line');

describe('who may sign off a grid', () => {
  it('reads roles and named people from the practice policy, skipping what it cannot read', () => {
    expect(POLICY).toEqual({
      roles: ['GP partner'],
      people: [{ name: 'Nurse B Evans', body: 'NMC', number: '12A3456E' }],
    });
    expect(readSignOffPolicy(undefined)).toEqual({ roles: [], people: [] });
  });

  it('signs a grid off for a reviewer in a named role, with their register and number on the line', () => {
    const result = applySignOffDraft(sample(), JONES, POLICY);
    expect(result.problem).toBe('');
    expect(signOffLine(result.grid)).toBe('Signed off by Dr A Jones, GP partner (GMC 1234567): 2026-12-01');
  });

  it('signs a grid off for a named person whatever their role', () => {
    const evans = {
      ...JONES,
      reviewerName: 'Nurse B Evans',
      reviewerRole: 'Practice nurse',
      registrationBody: 'NMC',
      registrationNumber: '12A3456E',
    };
    expect(applySignOffDraft(sample(), evans, POLICY).grid.signOff).toEqual(evans);
  });

  it.each([
    [
      'a role the policy does not name',
      { ...JONES, reviewerRole: 'Receptionist' },
      'Sign-off: your practice’s policy does not name Dr A Jones (Receptionist) as someone who may sign off option grids.',
    ],
    [
      'a named person with another registration number',
      {
        ...JONES,
        reviewerName: 'Nurse B Evans',
        reviewerRole: 'Practice nurse',
        registrationBody: 'NMC',
        registrationNumber: '99Z9999Z',
      },
      'Sign-off: your practice’s policy does not name Nurse B Evans (Practice nurse) as someone who may sign off option grids.',
    ],
    [
      'no professional register',
      { ...JONES, registrationBody: 'Rotary Club' },
      'Sign-off: give the reviewer’s professional register (GMC, NMC, GPhC, PSNI, HCPC, GDC).',
    ],
    [
      'a registration number that is not one',
      { ...JONES, registrationNumber: 'x' },
      'Sign-off: give the reviewer’s registration number as it appears on their register.',
    ],
  ])('refuses %s, and the grid stays a sample', (_what, draft, problem) => {
    const result = applySignOffDraft(sample(), draft, POLICY);
    expect(result.problem).toBe(problem);
    expect(result.grid.signOff).toBeUndefined();
    expect(gridLabel(result.grid, '2026-12-07')).toBe('Sample — not yet signed off by your practice');
  });

  it('refuses everyone while the practice has named nobody', () => {
    expect(signOffRefusal(JONES, readSignOffPolicy(''))).toBe(
      'Sign-off: your practice has not said who may sign off option grids (Settings → Who may sign off option grids).',
    );
  });

  it('asks for every box, the register and number included', () => {
    const result = applySignOffDraft(sample(), { ...JONES, registrationNumber: '' }, POLICY);
    expect(result.problem).toMatch(
      /^Sign-off: fill in the reviewer’s name, role, professional register and number/,
    );
  });
});

describe('a sign-off saved before the register was asked for', () => {
  it('still counts: the grid is read and carries no Sample label while in date', () => {
    const { registrationBody: _b, registrationNumber: _n, ...legacy } = JONES;
    const grid = {
      ...sample(),
      signOff: legacy,
      lastReviewed: legacy.date,
      reviewDue: legacy.nextReviewDate,
    };
    expect(parseGrid(grid).ok).toBe(true);
    expect(gridLabel(grid, '2026-12-07')).toBe('');
  });
});

describe('the label a grid carries on every output', () => {
  const signed = applySignOffDraft(sample(), JONES, POLICY).grid;

  it.each([
    ['unsigned', sample(), '2026-12-07', 'en', 'Sample — not yet signed off by your practice'],
    [
      'unsigned, in Welsh',
      sample(),
      '2026-12-07',
      'cy',
      'Sampl — nid yw eich meddygfa wedi cymeradwyo’r grid hwn eto',
    ],
    ['signed off and in date', signed, '2026-12-07', 'en', ''],
    [
      'signed off, review overdue',
      signed,
      '2027-12-02',
      'en',
      'Review overdue: this grid was due to be checked again on 1 December 2027',
    ],
    [
      'unsigned and overdue',
      { ...sample(), reviewDue: '2026-01-01' },
      '2026-12-07',
      'en',
      'Sample — not yet signed off by your practice. Review overdue: this grid was due to be checked again on 1 January 2026',
    ],
  ] as const)('%s', (_what, grid, today, language, label) => {
    expect(gridLabel(grid, today, language)).toBe(label);
  });
});
