/**
 * Loads a bundle (dist/parindex.cjs, or dist/help.cjs for help and version) with V8's code cache kept between runs.
 *
 * Compiling the bundle and the functions a run calls is a large share of a short run (about a quarter of scoring the
 * 150-unit demo). Node ≥ 22.1 keeps compiled code itself (`module.enableCompileCache`); Node 20 cannot for ES modules,
 * so the bundle is one CommonJS file compiled here with `vm.Script`, wrapped as Node wraps a CommonJS module. After a
 * run that did its work (exit code 0 or 1), the code V8 compiled for it, the functions that ran included, is saved;
 * the next run of the same command gives it back to V8 instead of compiling. One cache per command, because each
 * command runs different code.
 *
 * Where: PARINDEX_COMPILE_CACHE names a directory (an absolute path; anything else turns the cache off, as `off`, 0,
 * false and no do); by default a directory of the user's own in the temporary folder (on Windows under
 * %LOCALAPPDATA%). A directory that is a
 * symbolic link, not the user's, or that others can write to is not used, on any Node: V8 runs what a cache holds.
 * A cache file is opened without following links and used only if it is the user's and no one else can write it.
 * Nothing goes wrong without a cache, only slower: every failure to read or write one is ignored.
 *
 * Which: a cache file is named by the bundle, a hash of the bundle's path (its install), the build (the hash
 * scripts/bundle.mjs writes on the bundle's last line), the size and modification time of the very file read, the
 * command, Node's version and the machine. V8 checks only the source's length against a cache: the name keeps a build's
 * code from any other build or edited copy. V8 refuses a cache made under other flags (the run's NODE_OPTIONS), or
 * whose checksum is wrong (checked: V8 does not by default, and a damaged cache would crash the run); the run then
 * compiles and saves its own. Saving one also removes the same install's caches of other builds, any cache unused for
 * 30 days (by when it was saved) and what interrupted saves left.
 */
'use strict';
const fs = require('node:fs');
const module_ = require('node:module');
const { basename, dirname, isAbsolute, join, resolve } = require('node:path');
const { Script } = require('node:vm');

const DAY = 24 * 60 * 60 * 1000;
const HELP = new Set(['--help', '-h']);
const VERSION = new Set(['--version', '-V']);
const NAME = /^[a-z][a-z-]{0,30}$/;
/** What scripts/bundle.mjs writes as a bundle's last line */
const BUILD_LINE = '\n//# parindex-build=';
/** Files of ours in a cache directory: a bundle's name, then the rest of the name; saved, or being saved */
const OURS = /^(?:parindex|help)-[0-9a-z-]+-v\d+\.\d+\.\d+-[a-z0-9]+\.v8(?:\.\d+-\d+\.tmp)?$/;

/**
 * The directory for the cache, or undefined for none: turned off, a PARINDEX_COMPILE_CACHE that is not an absolute
 * path (`~/x` from a service file, a relative path: it would make folders wherever the run starts), or no folder to
 * put it in. `parents`: whether folders above it may be made (only for a folder the user named).
 */
function cacheDir(env, uid = process.getuid?.(), platform = process.platform) {
  const given = env.PARINDEX_COMPILE_CACHE?.trim();
  if (given !== undefined && given !== '') {
    if (/^(?:0|off|false|no)$/i.test(given) || !isAbsolute(given)) return undefined;
    return { dir: resolve(given), parents: true };
  }
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA || env.TEMP || env.TMP;
    return local && isAbsolute(local) ? { dir: resolve(local, 'parindex', 'compile-cache'), parents: true } : undefined;
  }
  const tmp = env.TMPDIR && isAbsolute(env.TMPDIR) ? env.TMPDIR : '/tmp';
  return { dir: resolve(tmp, `parindex-compile-cache-${uid ?? 'user'}`), parents: false };
}

/**
 * Whether `dir` can be trusted with code: made if missing (only the user can enter it; its parents too if `parents`),
 * then a real directory (not a link), the user's own, and writable by no one else.
 */
function trustedDir(dir, uid = process.getuid?.(), parents = true) {
  try {
    try {
      fs.mkdirSync(dir, { recursive: parents, mode: 0o700 });
    } catch (e) {
      if (e.code !== 'EEXIST') return false;
    }
    const st = fs.lstatSync(dir);
    if (!st.isDirectory() || st.isSymbolicLink()) return false;
    if (uid !== undefined && st.uid !== uid) return false;
    return process.platform === 'win32' || (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** The arguments without `--lang en|vi` / `--lang=…` (the language changes the words, not the code that runs). */
function withoutLang(args) {
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--lang' && (args[i + 1] === 'en' || args[i + 1] === 'vi')) i++;
    else if (a !== '--lang=en' && a !== '--lang=vi') rest.push(a);
  }
  return rest;
}

/**
 * Whether `args` can only print the help or the version, whatever else they say: then dist/help.cjs, which has none of
 * the commands' work, is enough. Only these, with `--lang en|vi` or `--lang=…` anywhere: nothing; `--help`, `-h`,
 * `help`, `--version` or `-V` alone; `help` and a command; a command (or a command and its sub-command) and `--help`
 * or `-h`. Nothing in them can be an option's value, so commander prints and runs no action.
 */
function helpOnly(args) {
  const [a, b, c, ...more] = withoutLang(args);
  if (a === undefined) return true;
  if (b === undefined) return HELP.has(a) || VERSION.has(a) || a === 'help';
  if (c === undefined) return (a === 'help' && NAME.test(b)) || (NAME.test(a) && a !== 'help' && HELP.has(b));
  return more.length === 0 && NAME.test(a) && NAME.test(b) && a !== 'help' && HELP.has(c);
}

/** The cache a run uses: `help` for the help bundle, otherwise the command's name. */
function cacheKey(args) {
  if (helpOnly(args)) return 'help';
  const [first = ''] = withoutLang(args);
  return NAME.test(first) ? first : 'other';
}

/** FNV-1a of a string, 32 bits in base 36: a short name for a path. */
function shortHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The whole file at an open descriptor. */
function readAll(fd, size) {
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = fs.readSync(fd, buf, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buf : undefined;
}

/** The bundle's text (in ASCII, as scripts/bundle.mjs writes it: one byte a character) and what names this copy. */
function readBundle(bundle) {
  const fd = fs.openSync(bundle, 'r');
  try {
    const st = fs.fstatSync(fd);
    const bytes = readAll(fd, st.size);
    if (bytes === undefined) return undefined;
    const source = bytes.latin1Slice(0, bytes.length);
    const at = source.lastIndexOf(BUILD_LINE);
    const build = at < 0 ? '' : source.slice(at + BUILD_LINE.length).trim();
    if (!/^[0-9a-f]{16,64}$/.test(build)) return { source, copy: undefined };
    return { source, copy: `${build}-${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}` };
  } finally {
    fs.closeSync(fd);
  }
}

/** Larger than any cache of ours (0.8 MB): not read. */
const MAX_CACHE = 64 * 1024 * 1024;

/**
 * A saved cache, if it is a plain file of the user's, of a sane size, that no one else can write: opened without
 * following links and without waiting (a FIFO put in its place would block the run).
 */
function readCache(file, uid = process.getuid?.()) {
  let fd;
  try {
    const { O_RDONLY, O_NOFOLLOW = 0, O_NONBLOCK = 0 } = fs.constants;
    fd = fs.openSync(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > MAX_CACHE || (uid !== undefined && st.uid !== uid) || (process.platform !== 'win32' && (st.mode & 0o022) !== 0)) return undefined;
    return readAll(fd, st.size);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes `data` as `file`: into a new file of its own (never through a link), then renamed into place. */
function writeCache(file, data) {
  const temp = `${file}.${process.pid}-${Date.now()}.tmp`;
  let fd;
  try {
    fd = fs.openSync(temp, 'wx', 0o600);
    fs.writeSync(fd, data);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, file);
  } catch {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
  }
}

/** What is left behind: the install's caches of other builds, caches saved 30 days ago or more, stale partial saves. */
function prune(dir, install, keep, now = Date.now()) {
  for (const name of fs.readdirSync(dir)) {
    if (!OURS.test(name)) continue;
    const path = join(dir, name);
    const partial = name.endsWith('.tmp');
    const otherBuild = name.startsWith(install) && !name.startsWith(keep);
    let old = false;
    if (!otherBuild) {
      const st = fs.lstatSync(path, { throwIfNoEntry: false });
      old = st !== undefined && now - st.mtimeMs > (partial ? DAY / 24 : 30 * DAY);
    }
    if (otherBuild || old) fs.rmSync(path, { force: true });
  }
}

/**
 * Runs the bundle at `bundle` (an absolute path) and returns its exports, with `save(exitCode)` to call when the run
 * is over; `cache` says what happened: 'off', 'node' (Node's own cache), 'compiled' (none there, or refused) or 'used'.
 * `cache: false`: required as any CommonJS file is, with no cache (the help bundle: its 100 KB compile as fast as
 * their cache is read and checked, 0.139 s of CPU either way against 0.110 s for `node -e 0`).
 */
function loadBundle(bundle, { args, env, cache = true }) {
  const requireNear = module_.createRequire(bundle);
  const where = cache ? cacheDir(env) : undefined;
  const none = (how) => ({ exports: requireNear(bundle), cache: how, save() {} });
  if (where === undefined || !trustedDir(where.dir, undefined, where.parents)) return none('off');
  const { dir } = where;
  if (typeof module_.enableCompileCache === 'function') {
    // Node ≥ 22.1: its own cache, for this CommonJS file as for any other, in the directory checked above
    module_.enableCompileCache(dir);
    return none('node');
  }
  const read = readBundle(bundle);
  if (read === undefined || read.copy === undefined) return none('off');
  const name = basename(bundle, '.cjs');
  const install = `${name}-${shortHash(bundle)}-`;
  const keep = `${install}${read.copy}-`;
  const file = join(dir, `${keep}${cacheKey(args)}-${process.version}-${process.arch}.v8`);
  const cachedData = readCache(file);
  // a cache whose bytes were damaged would crash V8 as it reads it: refused instead (the flag is part of every cache
  // saved here, so V8 refuses none for it)
  require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${read.source}\n})`, { filename: bundle, cachedData });
  const mod = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, requireNear, mod, bundle, dirname(bundle));
  mod.loaded = true;
  const fresh = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: mod.exports,
    cache: fresh ? 'compiled' : 'used',
    save(exitCode) {
      if (!fresh || (exitCode !== 0 && exitCode !== 1)) return;
      try {
        writeCache(file, script.createCachedData());
        prune(dir, install, keep);
      } catch {
        // a full disk or a directory gone: the next run compiles again
      }
    },
  };
}

module.exports = { cacheDir, trustedDir, helpOnly, cacheKey, loadBundle, prune };
