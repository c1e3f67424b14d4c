/** Order statistics over raw samples; no smoothing, so a noisy run shows as noisy. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: the smallest sample with at least p% of samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Times `fn` once per sample (after `warmup` unrecorded calls) and returns the samples in ms. */
export function sampleSync(fn: () => unknown, samples: number, warmup = Math.ceil(samples / 10)): number[] {
  const times: number[] = [];
  let sink: unknown;
  for (let i = 0; i < warmup; i += 1) sink = fn();
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    sink = fn();
    times.push(performance.now() - start);
  }
  // Keep the result reachable so the engine cannot drop the call as dead code.
  if (sink === Symbol.for('never')) console.log(sink);
  return times;
}

export async function sampleAsync(
  fn: () => Promise<unknown>,
  samples: number,
  warmup = 1,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < warmup; i += 1) await fn();
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
}
