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

export const bundleOptions = {
  entryPoints: [
    { in: 'src/cli/main.ts', out: 'parindex' },
    // issue 14: the reading threads' script (src/cli/read-pool.ts starts it for many input files): dist/read-worker.mjs
    { in: 'src/cli/read-worker.ts', out: 'read-worker' },
  ],
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // each command's work in its own chunk, loaded when that command runs (`await import(...)` in its module under
  // src/cli/commands/): `--help` loads commander, the words and the commands' declarations, nothing else
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['exceljs'],
  legalComments: 'none',
  minify: process.env.PARINDEX_BUNDLE_PLAIN !== "1",
  keepNames: true,
  logLevel: 'warning',
  plugins: [lazyChildProcess, chalkAsksNothing],
  // CommonJS dependencies (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __parindexRequire } from 'node:module'; const require = __parindexRequire(import.meta.url);" },
};
