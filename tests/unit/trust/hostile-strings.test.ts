import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, PWN } from '../../fixtures/hostile-strings';

describe('the hostile-string corpus', () => {
  it('holds at least 50 strings with unique ids and a description each', () => {
    expect(HOSTILE_STRINGS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(HOSTILE_STRINGS.map((s) => s.id)).size).toBe(HOSTILE_STRINGS.length);
    for (const s of HOSTILE_STRINGS) expect(s.description.length).toBeGreaterThan(5);
  });

  it('covers every family of injection: markup, handlers, URLs, controls', () => {
    const all = HOSTILE_STRINGS.map((s) => s.value);
    const some = (test: (v: string) => boolean) => all.some(test);
    expect(some((v) => v.includes('<script>'))).toBe(true);
    expect(some((v) => /onerror=/.test(v))).toBe(true);
    expect(some((v) => v.startsWith('javascript:'))).toBe(true);
    expect(some((v) => v.includes('<svg'))).toBe(true);
    expect(some((v) => v.includes('<math'))).toBe(true);
    expect(some((v) => v.includes('<style>'))).toBe(true);
    expect(some((v) => v.length >= 100_000)).toBe(true);
    expect(some((v) => v.includes('\u202E'))).toBe(true);
    expect(some((v) => v.includes('\u200B'))).toBe(true);
    expect(some((v) => v.includes('\u0000'))).toBe(true);
    expect(some((v) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(v))).toBe(true);
    expect(some((v) => v.includes('&lt;'))).toBe(true);
    expect(some((v) => v.startsWith('=cmd|'))).toBe(true);
  });

  it('arms the trap in every markup string that could run script', () => {
    const executable = HOSTILE_STRINGS.filter((s) => /<script|onerror|onload|javascript:/i.test(s.value));
    expect(executable.length).toBeGreaterThan(20);
    for (const s of executable)
      expect(s.value.replace(/&#\d+;/g, '')).toMatch(/__pwned|evil\.example|window/);
    expect(PWN).toBe('window.__pwned=true');
  });
});
