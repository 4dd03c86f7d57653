/**
 * Loads the bundle (dist/parindex.cjs) with V8's code cache kept between runs.
 *
 * Compiling the bundle and the functions a run calls is a large share of a short run (about a quarter of scoring the
 * 150-unit demo). Node ≥ 22.1 keeps compiled code itself (`module.enableCompileCache`); Node 20 cannot for ES modules,
 * so the bundle is one CommonJS file compiled here with `vm.Script`. After a run that did its work (exit code 0 or
 * 1), the code V8 compiled for it, the functions that ran included, is saved; the next run of the same command gives
 * it back to V8 instead of compiling. One cache per command, because each command runs different code: help and
 * version share one.
 *
 * Where: PARINDEX_COMPILE_CACHE names a directory, or `off` (also 0, false, no) turns the cache off; by default a
 * directory of the user's own in the temporary folder, as Node's cache is. A directory that is not the user's, that
 * others can write to or that is a symbolic link is not used: V8 runs what the cache holds. Nothing goes wrong
 * without a cache, only slower: every failure to read or write one is ignored.
 *
 * Which: the file is named by the bundle (dist/parindex.cjs, or dist/help.cjs for help and version), its hash
 * (dist/parindex.id, written by scripts/bundle.mjs), the command, Node's version and the machine. V8 checks only the
 * source's length against a cache, so the hash keeps one build's code from another's. V8 refuses a cache made under
 * other flags (the run's NODE_OPTIONS); the run then compiles and saves its own.
 */
'use strict';
const { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const module_ = require('node:module');
const { basename, dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** The directory for the cache, or undefined for none (turned off, or no temporary folder known). */
function cacheDir(env, uid = process.getuid?.()) {
  const given = env.PARINDEX_COMPILE_CACHE;
  if (given !== undefined && /^(?:0|off|false|no)$/i.test(given.trim())) return undefined;
  if (given !== undefined && given.trim() !== '') return given;
  const tmp = env.TMPDIR || env.TMP || env.TEMP || (process.platform === 'win32' ? undefined : '/tmp');
  return tmp === undefined ? undefined : join(tmp, `parindex-compile-cache-${uid ?? 'user'}`);
}

/**
 * Whether `dir` can be trusted with code: made if missing (only the user can enter it), then a real directory (not a
 * link), the user's own, and writable by no one else.
 */
function trustedDir(dir, uid = process.getuid?.()) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || st.isSymbolicLink()) return false;
    if (uid !== undefined && st.uid !== uid) return false;
    return process.platform === 'win32' || (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** The cache a run uses: `help` for help and version (no flags set), otherwise the command's name. */
function cacheKey(args, printsOnly) {
  if (printsOnly) return 'help';
  const first = args[0] ?? '';
  return /^[a-z][a-z-]{0,30}$/.test(first) ? first : 'other';
}

const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-V']);
const NAME = /^[a-z][a-z-]{0,30}$/;

/**
 * Whether `args` can only print the help or the version, whatever else they say: then dist/help.cjs, which has none of
 * the commands' work, is enough. Only these, with `--lang en|vi` or `--lang=…` anywhere: nothing; `--help`, `-h`,
 * `help`, `--version` or `-V` alone; `help` and a command; a command (or a command and its sub-command) and `--help`
 * or `-h`. Nothing in them can be an option's value, so commander prints and runs no action.
 */
function helpOnly(args) {
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--lang' && (args[i + 1] === 'en' || args[i + 1] === 'vi')) i++;
    else if (a !== '--lang=en' && a !== '--lang=vi') rest.push(a);
  }
  const [a, b, c] = rest;
  switch (rest.length) {
    case 0:
      return true;
    case 1:
      return HELP.has(a) || VERSION.has(a) || a === 'help';
    case 2:
      return (a === 'help' && NAME.test(b)) || (NAME.test(a) && a !== 'help' && HELP.has(b));
    case 3:
      return NAME.test(a) && NAME.test(b) && a !== 'help' && HELP.has(c);
    default:
      return false;
  }
}

const WRAP_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAP_END = '\n})';

/**
 * Runs the bundle at `bundle` (an absolute path) and returns its exports, with `save(exitCode)` to call when the run
 * is over; `cache` says what happened: 'off', 'node' (Node's own cache), 'compiled' (none there, or refused) or 'used'.
 */
function loadBundle(bundle, { args, env, printsOnly }) {
  const requireNear = module_.createRequire(bundle);
  const dir = cacheDir(env);
  const none = (cache) => ({ exports: requireNear(bundle), cache, save() {} });
  if (dir === undefined) return none('off');
  if (typeof module_.enableCompileCache === 'function') {
    // Node ≥ 22.1: its own cache, for this CommonJS file as for any other
    module_.enableCompileCache(dir);
    return none('node');
  }
  if (!trustedDir(dir)) return none('off');
  let id;
  try {
    id = readFileSync(bundle.replace(/\.cjs$/, '.id'), 'latin1').trim();
  } catch {
    return none('off');
  }
  if (!/^[0-9a-f]{16,64}$/.test(id)) return none('off');
  // parindex-<hash>-score-v20.20.2-x64.v8, help-<hash>-help-…: a bundle's name, its build, the command, the runtime
  const name = basename(bundle, '.cjs');
  const file = join(dir, `${name}-${id}-${cacheKey(args, printsOnly)}-${process.version}-${process.arch}.v8`);
  let cachedData;
  try {
    cachedData = readFileSync(file);
  } catch {
    // none yet
  }
  // scripts/bundle.mjs writes it in ASCII: one byte a character
  const source = readFileSync(bundle, 'latin1');
  const script = new Script(WRAP_START + source + WRAP_END, { filename: bundle, cachedData });
  const mod = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext()(mod.exports, requireNear, mod, bundle, dirname(bundle));
  mod.loaded = true;
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: mod.exports,
    cache: fresh ? 'compiled' : 'used',
    save(exitCode) {
      if (!fresh || (exitCode !== 0 && exitCode !== 1)) return;
      try {
        const data = script.createCachedData();
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, data, { mode: 0o600 });
        renameSync(temp, file);
        // this bundle's caches of other builds (an older parindex), and what their interrupted saves left half
        // written, would only pile up
        for (const other of readdirSync(dir))
          if (other.startsWith(`${name}-`) && !other.startsWith(`${name}-${id}-`) && /\.v8(?:\.\d+\.tmp)?$/.test(other)) rmSync(join(dir, other), { force: true });
      } catch {
        // a full disk or a directory gone: the next run compiles again
      }
    },
  };
}

module.exports = { cacheDir, trustedDir, cacheKey, helpOnly, loadBundle };
