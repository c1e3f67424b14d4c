import { describe, expect, it } from 'vitest';
import { PRACTICE_SIGNING_KEY, readManagedSigningKey } from '../../../lib/settings/signing-key';
import { SETTING_KEYS } from '../../../lib/settings/setting-fields';

const KEY = 'practice-key-0123456789-abcdefghij-KLMNOP';

describe('the practice signing key, set by policy only', () => {
  it('is read from managed storage, and is no setting (so no settings page, backup or team export holds it)', async () => {
    expect(await readManagedSigningKey({ get: () => Promise.resolve({ [PRACTICE_SIGNING_KEY]: KEY }) })).toBe(
      KEY,
    );
    expect(SETTING_KEYS as string[]).not.toContain(PRACTICE_SIGNING_KEY);
  });

  it.each([
    ['no managed storage', undefined],
    ['no policy (Firefox rejects)', { get: () => Promise.reject(new Error('no manifest')) }],
    ['a key too short to be a secret', { get: () => Promise.resolve({ [PRACTICE_SIGNING_KEY]: 'short' }) }],
  ])('is empty with %s', async (_name, area) => {
    expect(await readManagedSigningKey(area)).toBe('');
  });
});
