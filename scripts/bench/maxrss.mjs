/**
 * Preloaded with `node --import ./scripts/bench/maxrss.mjs …` by `npm run bench`: when the process exits, writes
 * to the file named by BENCH_MAXRSS_FILE its peak resident set size in KiB and its CPU time (user + system, µs),
 * as JSON {"maxRssKiB", "cpuMicros"}. CPU time is less disturbed than wall time when the machine is busy.
 *
 * On Linux this is VmHWM from /proc/self/status, the high-water mark of this program's own memory. Not
 * getrusage's ru_maxrss (process.resourceUsage().maxRSS): the kernel carries that over exec(), so a child forked
 * from a big parent reports at least the parent's size. Elsewhere, maxRSS is the fallback.
 */
import fs from 'node:fs';

const out = process.env.BENCH_MAXRSS_FILE;
if (out) {
  process.on('exit', () => {
    let kib;
    try {
      const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      if (m) kib = Number(m[1]);
    } catch {
      /* not Linux */
    }
    const cpu = process.cpuUsage();
    fs.writeFileSync(out, JSON.stringify({ maxRssKiB: kib ?? process.resourceUsage().maxRSS, cpuMicros: cpu.user + cpu.system }));
  });
}
