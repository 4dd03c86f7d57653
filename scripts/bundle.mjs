// Bundles the CLI (dist/parindex.mjs and its chunks) straight from the TypeScript sources, for start-up time: Node
// loads a few modules instead of a few hundred (zod alone is ~100 files), and only those the command needs. exceljs stays outside and loads only when a
// workbook is read or written.
//
// `--if-possible` (npm's `prepare`, which also runs when a clone is installed globally without its dev
// dependencies): without esbuild, an existing bundle is kept; only a clone with neither stops, saying what to do.
import { existsSync, rmSync } from 'node:fs';
import { bundleOptions } from './bundle-options.mjs';

const ifPossible = process.argv.includes('--if-possible');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  if (ifPossible && existsSync(new URL('../dist/parindex.mjs', import.meta.url))) process.exit(0);
  console.error('parindex: esbuild is not installed, so dist/parindex.mjs cannot be built: run `npm ci` in the clone first, or install from the tarball of `npm pack`');
  process.exit(1);
}

// chunks are named by their hash: old ones would pile up (and be packed)
rmSync(new URL('../dist/chunks', import.meta.url), { recursive: true, force: true });

await build(bundleOptions);
