// Bundles the CLI into one file (dist/parindex.mjs) for start-up time: Node loads one module instead of a few
// hundred (zod alone is ~100 files), which halves `parindex --help`. exceljs stays outside and loads only when a
// workbook is read or written.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/parindex.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['exceljs'],
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __parindexRequire } from 'node:module'; const require = __parindexRequire(import.meta.url);" },
});
