// Bundles the CLI straight from the TypeScript sources, for start-up time: Node reads one file instead of a few hundred
// (zod alone is ~100 files), and bin/load.cjs keeps V8's compiled code of it between runs. dist/parindex.cjs is the
// whole command line, dist/help.cjs what printing the help and the version runs, dist/read-worker.cjs the reading
// threads' script. exceljs stays outside and loads only when a workbook is written.
//
// Each bundle's last line is a hash of its bytes: the code cache of one build must never be given to another (V8
// itself only compares the source's length).
//
// `--if-possible` (npm's `prepare`, which also runs when a clone is installed globally without its dev
// dependencies): without esbuild, an existing bundle is kept; only a clone with neither stops, saying what to do.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { asciiOnly, bundleOptions, helpOptions } from './bundle-options.mjs';

const dist = (name) => new URL(`../dist/${name}`, import.meta.url);
const ifPossible = process.argv.includes('--if-possible');
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  if (ifPossible && existsSync(dist('parindex.cjs'))) process.exit(0);
  console.error('parindex: esbuild is not installed, so dist/parindex.cjs cannot be built: run `npm ci` in the clone first, or install from the tarball of `npm pack`');
  process.exit(1);
}

// what earlier builds wrote as ES modules and chunks (before the code cache): gone, so it is neither run nor packed
for (const old of ['chunks', 'parindex.mjs', 'read-worker.mjs', 'parindex.id', 'help.id']) rmSync(dist(old), { recursive: true, force: true });

await Promise.all([build(bundleOptions), build(helpOptions)]);
for (const name of ['parindex', 'help', 'read-worker']) {
  // in ASCII (bin/load.cjs reads it as Latin-1), with the hash of its bytes on its last line (what the code cache is
  // kept by), replaced in one step: a run never reads a bundle half written
  const text = asciiOnly(readFileSync(dist(`${name}.cjs`), 'utf8'));
  const build = createHash('sha256').update(text).digest('hex').slice(0, 32);
  writeFileSync(dist(`${name}.cjs.tmp`), `${text}${text.endsWith('\n') ? '' : '\n'}//# parindex-build=${build}\n`);
  renameSync(dist(`${name}.cjs.tmp`), dist(`${name}.cjs`));
}
