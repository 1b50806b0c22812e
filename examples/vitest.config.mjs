// Runs the example test files on their own: npx vitest run --config examples/vitest.config.mjs
// (The project's vitest config collects tests/ only, so these files never run twice.)
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  test: { include: ['*.test.ts'] },
});
