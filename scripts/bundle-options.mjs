// esbuild's options for the CLI bundle, shared by scripts/bundle.mjs (which writes dist/) and tests/cli/startup.test.ts
// (which builds the same graph in memory to check what `--help` loads).
/**
 * commander requires node:child_process at load, for executable sub-commands (a command run as its own program),
 * which parindex never declares: loading it (with net, dgram and their bindings) was ~10 ms of every start. It gets a
 * stand-in whose `spawn` loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'parindex-lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'parindex-lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'parindex-lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * chalk asks supports-color at load what the terminal can show, for its default instance: that loads node:tty and
 * node:os (~5 ms of a demo run). parindex never uses the default instance: src/cli/colour.ts makes each one with the
 * level it worked out (--color, NO_COLOR, FORCE_COLOR, a terminal or not). The bundle gives chalk a supports-color
 * that reports no colour without asking anything; colours are as before.
 */
const chalkAsksNothing = {
  name: 'parindex-chalk-asks-nothing',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'parindex-no-colour-probe' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'parindex-no-colour-probe' }, () => ({
      contents: 'export default { stdout: false, stderr: false };',
      loader: 'js',
    }));
  },
};

/** What the two bundles share: every source file bundled, exceljs left to be required where a workbook is written. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['exceljs'],
  legalComments: 'none',
  minify: process.env.PARINDEX_BUNDLE_PLAIN !== '1',
  // names kept for profiles only: no code of ours reads a function's or class's name (errors set theirs), and the
  // renaming calls were 37 KB of the bundle, run at start-up
  keepNames: process.env.PARINDEX_BUNDLE_PLAIN === '1',
  logLevel: 'warning',
  plugins: [lazyChildProcess, chalkAsksNothing],
};

/**
 * The shipped bundle: dist/parindex.cjs, one CommonJS file, and dist/read-worker.cjs, the reading threads' script
 * (src/cli/read-pool.ts starts it for many input files).
 *
 * One file rather than ES module chunks, for V8's code cache: bin/load.cjs compiles it with `vm.Script` and keeps the
 * compiled code between runs, which Node 20 cannot do for ES modules. A module that a command imports with
 * `await import(...)` is still only run (and its functions only compiled) when that command runs: esbuild wraps each
 * such module in a function called on first import.
 */
export const bundleOptions = {
  ...common,
  entryPoints: [
    { in: 'src/cli/main.ts', out: 'parindex' },
    { in: 'src/cli/read-worker.ts', out: 'read-worker' },
  ],
  outdir: 'dist',
  entryNames: '[name]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // the sources' `import.meta.url` (the package's files, the worker's script), from the bundle's own path
  define: { 'import.meta.url': '__parindexUrl' },
  // strict, as the ES modules it is made of are (esbuild's own "use strict" would come after the banner)
  banner: { js: "'use strict'; var __parindexUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * A command's work, left out of the help bundle: each `await import(...)` stays a dynamic import that bin/load.cjs
 * gives no loader, so that code reaching one there fails at once rather than running without its module.
 */
const workLeftOut = {
  name: 'parindex-work-left-out',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

/**
 * dist/help.cjs: what printing the help or the version runs, and nothing of what the commands do (about 100 KB, a
 * seventh of the whole). bin/parindex.cjs runs it only for arguments that can do nothing else (`helpOnly` in
 * bin/load.cjs); every other run, whatever it ends up printing, loads dist/parindex.cjs.
 */
export const helpOptions = {
  ...bundleOptions,
  entryPoints: [{ in: 'src/cli/main.ts', out: 'help' }],
  plugins: [...common.plugins, workLeftOut],
};

/**
 * The same sources as ES modules split into chunks, one per dynamic import: never written, only built in memory by
 * tests/cli/startup.test.ts, whose metafile shows what each command's code pulls in statically (and so what runs at
 * start-up in the shipped bundle, where a statically imported module runs with the module that imports it).
 */
export const graphOptions = {
  ...common,
  entryPoints: bundleOptions.entryPoints,
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  format: 'esm',
};

/**
 * The bundle in ASCII: bin/load.cjs reads it as Latin-1 into a one-byte string, half the memory of UTF-16 and a
 * third of the time to read (esbuild escapes strings and templates but leaves regular expression literals, and the
 * raw text of `String.raw` templates, as written). `\uXXXX` means the same character in a regular expression
 * literal, with the u flag or without (a pair of them, one code point, with it); in the sources a `String.raw`
 * template that holds letters is a pattern given to `new RegExp`, where the escape means the same too.
 */
export function asciiOnly(text) {
  // `\đ` would become `\\u0111`, a backslash and five letters: such an escape stops the build instead
  const escaped = /(?<!\\)(?:\\\\)*\\[^\x00-\x7f]/.exec(text);
  if (escaped) throw new Error(`asciiOnly: a backslash before a non-ASCII character at offset ${escaped.index}: write the character without it`);
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
