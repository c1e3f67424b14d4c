import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRACTICE_LIBRARY_KEY } from '../../../lib/settings/practice-library';
import { PRACTICE_SIGNING_KEY } from '../../../lib/settings/signing-key';
import { SETTING_KEYS } from '../../../lib/settings/setting-fields';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';

interface SchemaProperty {
  type: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}

const schema = JSON.parse(readFileSync(resolve('public/managed-schema.json'), 'utf8')) as {
  properties: Record<string, SchemaProperty>;
};

const JSON_TYPE = { string: 'string', number: 'integer', boolean: 'boolean' } as const;

describe('the managed-storage schema Chrome and Edge check policies against', () => {
  it('describes every setting and the practice grid library, and nothing else', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      [...SETTING_KEYS, PRACTICE_LIBRARY_KEY, PRACTICE_SIGNING_KEY].sort(),
    );
    expect(schema.properties[PRACTICE_LIBRARY_KEY]?.type).toBe('string');
  });

  it.each(SETTING_KEYS)('gives %s the type of its default value', (key) => {
    const type = typeof DEFAULT_SETTINGS[key] as keyof typeof JSON_TYPE;
    expect(schema.properties[key]?.type).toBe(JSON_TYPE[type]);
  });

  it('lists the same choices as the settings page', () => {
    expect(schema.properties.defaultPath?.enum).toEqual(['quick', 'full']);
    expect(schema.properties.planLanguage?.enum).toEqual(['en', 'cy', 'both']);
  });
});
