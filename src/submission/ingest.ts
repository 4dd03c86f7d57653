/**
 * The names the report stage imported from here before the submission stage was split (layouts/, registry.ts,
 * record.ts). Type-only; remove once src/report imports from record.ts.
 */
export type { Layout, SourceRef, UnitRecord, UnitRow } from './record.js';
