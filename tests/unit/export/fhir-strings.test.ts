import { describe, expect, it } from 'vitest';
import { withoutControls } from '../../../lib/export/fhir-strings';

describe('withoutControls', () => {
  it('drops control characters anywhere inside, keeping tab and new lines', () => {
    const value = { a: ['x\u0000y', { b: 'bell\u0007 and del\u007F' }], c: 'tab\tline\nreturn\r', n: 3 };
    expect(withoutControls(value)).toEqual({
      a: ['xy', { b: 'bell and del' }],
      c: 'tab\tline\nreturn\r',
      n: 3,
    });
  });

  it('drops the ones JSON writes as \\b and \\f', () => {
    expect(withoutControls(['back\bspace', 'form\ffeed'])).toEqual(['backspace', 'formfeed']);
  });

  it('leaves a typed backslash sequence as typed', () => {
    const typed = { text: 'a path C:\\users and \\u0007 as text, \\b too' };
    expect(withoutControls(typed)).toEqual(typed);
  });

  it('leaves a value with none as it is', () => {
    const clean = { resourceType: 'Goal', note: [{ text: 'Walk to the shop' }] };
    expect(withoutControls(clean)).toEqual({ resourceType: 'Goal', note: [{ text: 'Walk to the shop' }] });
  });
});
