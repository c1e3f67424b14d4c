import { describe, expect, it } from 'vitest';
import { fileStem } from '../../../lib/export/plan-outputs';
import { complete } from '../plan/consultations';

const stem = (patientRef: string, status: 'open' | 'agreed' | 'closed') =>
  fileStem({ ...complete(), patientRef, status, createdAt: '2026-11-23T10:00:00.000Z' });

describe('the name of an exported plan file', () => {
  it.each<[string, 'open' | 'agreed' | 'closed', string]>([
    ['AE 1961', 'agreed', 'cocreate-plan-AE-1961-agreed-2026-11-23'],
    ['AE 1961', 'open', 'cocreate-plan-AE-1961-draft-2026-11-23'],
    ['AE 1961', 'closed', 'cocreate-plan-AE-1961-agreed-2026-11-23'],
    ['../ae\u202E/1961:*?', 'agreed', 'cocreate-plan-ae-1961-agreed-2026-11-23'],
    ['Siân 1970', 'agreed', 'cocreate-plan-Sian-1970-agreed-2026-11-23'],
    ['', 'agreed', 'cocreate-plan-no-ref-agreed-2026-11-23'],
  ])('names %j (%s) by reference, status and date', (ref, status, expected) => {
    expect(stem(ref, status)).toBe(expected);
  });
});
