import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two workers on this 2-core machine (vitest's default is cores − 1 = one), and the modules a worker has
    // loaded are kept from one test file to the next: re-importing src/ for each of 70 files was a third of the
    // run. Tests therefore keep no state in modules from one file to the next, and pass in any file order
    // (`npx vitest run --sequence.shuffle.files` and `npx vitest run --isolate` must pass too).
    maxWorkers: 2,
    isolate: false,
    // The runs the tests start keep their compiled code here (bin/load.cjs), not in the user's own cache folder
    env: { PARINDEX_COMPILE_CACHE: fileURLToPath(new URL('node_modules/.cache/parindex/compile-cache', import.meta.url)) },
  },
});
