import type { Diagnostic, Severity } from './types.js';

/**
 * Collects diagnostics from a run. Every one is counted; only the first `limit` are kept, so a sheet with an error
 * in each of a million cells cannot exhaust memory. Exit codes follow the counts, not what was kept.
 */
export class DiagnosticSink {
  readonly kept: Diagnostic[] = [];
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  dropped = 0;

  constructor(readonly limit = 10_000) {}

  push(d: Diagnostic): void {
    this.counts[d.severity]++;
    if (this.kept.length < this.limit) this.kept.push(d);
    else this.dropped++;
  }

  get total(): number {
    return this.counts.error + this.counts.warning + this.counts.info;
  }
}
