#!/usr/bin/env node
// V8's compile cache (Node ≥ 22.1) keeps the bundle's compiled code between runs; Node 20 has no such API and
// simply skips it.
import module from 'node:module';

module.enableCompileCache?.();
const { run } = await import('../dist/parindex.mjs');
process.exitCode = await run(process.argv.slice(2));
