// What the data generators share: a seeded random stream and deterministic workbook bytes.

/** mulberry32: a small, fast generator, good enough for made-up data; the same seed gives the same stream. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * exceljs zips with JSZip, which stamps every entry with `new Date()`: the clock is held at `fixedDate` while
 * `fn` writes a workbook so that the same data gives the same bytes (the zip stores UTC times).
 */
export async function withFixedClock(fixedDate, fn) {
  const RealDate = globalThis.Date;
  const fixed = fixedDate.getTime();
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args) => (args.length === 0 ? new target(fixed) : new target(...args)),
    apply: (target, self, args) => (args.length === 0 ? new target(fixed).toString() : target(...args)),
    get: (target, prop) => (prop === 'now' ? () => fixed : Reflect.get(target, prop)),
  });
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}
