#!/usr/bin/env node
'use strict';
// CommonJS, as the bundle is: an ES module entry costs Node's module loader about 7 ms more to start.
const { join } = require('node:path');
const { helpOnly, loadBundle } = require('./load.cjs');

const args = process.argv.slice(2);
// arguments that can only print the help or the version load the bundle of just that (dist/help.cjs, a seventh of
// the whole)
const onlyHelp = helpOnly(args);
// V8 optimises a function once it has spent its interrupt budget (67,584 bytes of bytecode run by default on Node
// 20). A run of parindex is short or long: the demo's 150 units finish before most optimised code pays for its
// compiling, which runs on another thread and counts in the CPU time. A budget about 15 times as large, set before the
// bundle is loaded, took the demo score from 0.51 s to 0.38 s of CPU and 10,000 units from 1.23 s to 1.12 s, and left
// 100,000 within the noise (best of 3 to 6, load 2–3). The flag only tunes when code is optimised. Help and version
// print and leave without it.
if (!onlyHelp) require('node:v8').setFlagsFromString('--interrupt-budget=1000000');
const { existsSync } = require('node:fs');
const dist = (name) => join(__dirname, '..', 'dist', name);
// the whole bundle prints the help too, where the help's own is missing
const file = onlyHelp && existsSync(dist('help.cjs')) ? dist('help.cjs') : dist('parindex.cjs');
let bundle;
try {
  // the compiled code is kept between runs (bin/load.cjs), but for the help's bundle, which compiles as fast
  bundle = loadBundle(file, { args, env: process.env, cache: file !== dist('help.cjs') });
} catch (e) {
  // the bundle missing or unreadable (an install gone wrong) is one line; anything else is a bug, and shows as one
  if (existsSync(file) && !(e && typeof e.code === 'string' && e.path === file)) throw e;
  const why = existsSync(file) ? `cannot be read (${e.code})` : 'is missing';
  process.stderr.write(`parindex: ${file} ${why}: in a clone run \`npm ci\` (or \`npm run build\`) first, or install parindex again\n`);
  process.exit(2);
}
bundle.exports.run(args).then((code) => {
  process.exitCode = code;
  bundle.save(code);
});
