import { describe, expect, it } from 'vitest';
import { practiceHostPermissions } from '../../../lib/insert/practice-sites';

describe('the EHR sites a practice build lists', () => {
  it.each([
    [undefined, true, []],
    ['', true, []],
    ['https://ehr.example.nhs.uk', true, ['https://ehr.example.nhs.uk:443/*']],
    ['http://127.0.0.1:5177', true, ['http://127.0.0.1:5177/*']],
    ['http://127.0.0.1:5177', false, ['http://127.0.0.1/*']],
    [
      'https://ehr.example.nhs.uk/, http://10.0.0.5:8080',
      true,
      ['https://ehr.example.nhs.uk:443/*', 'http://10.0.0.5:8080/*'],
    ],
  ])('%j (port kept: %s) becomes %j', (value, withPort, patterns) => {
    expect(practiceHostPermissions(value, withPort)).toEqual(patterns);
  });

  it.each([
    'ehr.example.nhs.uk',
    'https://*.nhs.uk',
    'https://ehr.example.nhs.uk/notes',
    'https://ehr.example.nhs.uk/?patient=1',
    'ftp://ehr.example.nhs.uk',
    'https://user:secret@ehr.example.nhs.uk',
    '<all_urls>',
  ])('stops the build on %j, saying what to write instead', (value) => {
    expect(() => practiceHostPermissions(value, true)).toThrow(/is not a web site's address/);
  });
});
