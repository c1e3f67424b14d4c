import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, looksLikeFullName, patientRefWarnings } from '../../../lib/domain/patient-ref';

describe('patient reference checks', () => {
  it.each([
    ['9434765919', true],
    ['943 476 5919', true],
    ['943-476-5919', true],
    ['9434765918', false], // wrong check digit
    ['1234567890', false], // check digit would be 10: never issued
    ['943476591', false], // nine digits
  ])('isValidNhsNumber(%s) is %s', (text, expected) => {
    expect(isValidNhsNumber(text)).toBe(expected);
  });

  it.each([
    ['John Smith', true],
    ['mary o’neil', true],
    ['Dr Jane Doe-Roberts', true],
    ['JS 1970', false],
    ['J S', false],
    ['J. Smith', false],
    ['Smith', false],
    ['', false],
  ])('looksLikeFullName(%s) is %s', (text, expected) => {
    expect(looksLikeFullName(text)).toBe(expected);
  });

  it.each([
    ['JS 1970', []],
    ['NHS 943 476 5919', ['nhs-number']],
    ['0123456788 lab ref', []], // ten digits, checksum fails,
    ['John Smith', ['full-name']],
  ])('warns about %s with %j', (text, expected) => {
    expect(patientRefWarnings(text)).toEqual(expected);
  });
});
