/**
 * Collection by heap growth, for long passes that leave much short-lived garbage behind them: writing the XLSX
 * report of 100,000 units makes gigabytes of row text and cell specs, a little of which outlives the young
 * generation each time. V8 lets the old generation grow to about four times what is live before it collects it
 * (73 MB live, 298 MB of heap at 100,000 units); a full collection whenever the heap has grown by STEP since the
 * last keeps the peak near what is live, for a handful of collections in a whole run.
 *
 * Not a collection every N rows: nothing happens while the heap does not grow. Where the collector cannot be had
 * (a runtime that refuses the flag), the check does nothing.
 */
import v8 from 'node:v8';

/** Growth of the used heap, in bytes, that brings on a collection */
const STEP = 32 * 1024 * 1024;

function collector(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    // node:vm loaded here, at the first collection, not with every run that reads a sheet
    const gc: unknown = process.getBuiltinModule('node:vm').runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

const used = (): number => v8.getHeapStatistics().used_heap_size;

/** How the heap is read and collected: V8's own, or a test's */
export interface HeapAccess {
  readonly used: () => number;
  readonly collect: () => void;
}

/** A check to call now and then in a long pass (every few hundred rows): it collects once the heap has grown by `step`. */
export function watchHeap(step = STEP, access?: HeapAccess): () => void {
  const usedNow = access?.used ?? used;
  let collect: (() => void) | null | undefined = access?.collect;
  let limit = usedNow() + step;
  return () => {
    if (usedNow() < limit) return;
    collect ??= collector();
    collect?.();
    limit = usedNow() + step;
  };
}
