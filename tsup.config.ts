import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'cli/main': 'src/cli/main.ts', 'vitest/index': 'src/vitest/index.ts' },
  format: ['esm'],
  target: 'node20',
  dts: { entry: { index: 'src/index.ts', 'vitest/index': 'src/vitest/index.ts' } },
  clean: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // The JSON Schema is generated from the zod schema after each build, so the shipped file never drifts.
  onSuccess: 'node scripts/write-schema.mjs',
});
