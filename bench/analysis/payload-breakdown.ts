import { build } from 'esbuild';

export interface PackageShare {
  name: string;
  bytes: number;
  share: number;
}

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match?.[1]) return match[1];
  return input.split('/')[0] ?? input;
}

/**
 * Which packages and source folders make up the side panel's eager code. The
 * extension's own build (Vite/Rollup) does not say; esbuild bundles the same
 * entry with the same JSX setup and reports bytes per input file, which we sum
 * per package. Dynamic import()s become separate chunks and are left out, as
 * they are at open.
 */
export async function payloadBreakdown(entry = 'entrypoints/sidepanel/main.tsx'): Promise<PackageShare[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    outdir: 'bench-analysis-not-written',
    write: false,
    metafile: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'css' },
    logLevel: 'silent',
  });
  const entryOutput = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint === entry,
  );
  if (!entryOutput) return [];
  // The entry chunk and the chunks it imports statically: what loads at open.
  const eager = new Set<string>();
  const visit = (path: string) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of result.metafile.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  visit(entryOutput[0]);
  const cssOutput = entryOutput[1].cssBundle;
  if (cssOutput) eager.add(cssOutput);
  const totals = new Map<string, number>();
  for (const path of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(result.metafile.outputs[path]?.inputs ?? {})) {
      const name = packageOf(input);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  return [...totals.entries()]
    .map(([name, bytes]) => ({ name, bytes, share: sum > 0 ? bytes / sum : 0 }))
    .sort((a, b) => b.bytes - a.bytes);
}
