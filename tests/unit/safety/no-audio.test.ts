import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const AUDIO_APIS =
  /getUserMedia|MediaRecorder|SpeechRecognition|AudioContext|getDisplayMedia|"microphone"|'microphone'/;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|json)$/.test(name) ? [path] : [];
  });
}

/**
 * Cocreate records no audio (docs/pilot/intended-purpose.md, "Not an AI scribe"): no shipped code
 * asks for the microphone, records, or transcribes, and no permission allows it.
 */
describe('Cocreate records no audio', () => {
  it('no shipped source file uses a microphone, recording or speech API', () => {
    const files = ['lib', 'components', 'entrypoints', 'public'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((path) => AUDIO_APIS.test(readFileSync(join(ROOT, path), 'utf8')))).toEqual([]);
  });

  it('the check finds such a call when there is one (so a pass means something)', () => {
    expect(AUDIO_APIS.test('await navigator.mediaDevices.getUserMedia({ audio: true })')).toBe(true);
  });
});
