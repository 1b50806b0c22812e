import { defineConfig } from 'tsup';

export default defineConfig({
  // `worker` is the extraction thread of `compareParallel`, loaded by file name at run time.
  entry: { index: 'src/index.ts', 'cli/main': 'src/cli/main.ts', 'vitest/index': 'src/vitest/index.ts', worker: 'src/workers/extract.ts' },
  format: ['esm'],
  // es2022 rather than node20: esbuild lowers every /\p{…}/u literal to `new RegExp(…)` for node targets, which
  // rebuilds the pattern on each call in the extractors' inner loops. Node 20 runs es2022 natively.
  target: 'es2022',
  dts: { entry: { index: 'src/index.ts', 'vitest/index': 'src/vitest/index.ts' } },
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // The JSON Schema is generated from the zod schema after each build, so the shipped file never drifts.
  onSuccess: 'node scripts/write-schema.mjs',
});
