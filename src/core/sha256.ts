/**
 * SHA-256 with node:crypto loaded on its first use (process.getBuiltinModule, Node ≥ 20.16): the inputs' hashes go
 * into the JSON, XLSX and HTML reports and a template's fingerprint is compared only when a workbook has one, so a
 * run that shows the terminal table never hashes and never loads crypto (~8 ms of a 0.3 s demo run).
 */
import type { Hash } from 'node:crypto';

let crypto: typeof import('node:crypto') | undefined;

/** A SHA-256 hash to feed piece by piece. */
export function createSha256(): Hash {
  crypto ??= process.getBuiltinModule('node:crypto');
  return crypto.createHash('sha256');
}

/** SHA-256 of `bytes`, hex. */
export const sha256Hex = (bytes: Uint8Array): string => createSha256().update(bytes).digest('hex');

/** SHA-256 of `bytes`, hex, made the first time it is asked (the bytes must not change meanwhile). */
export function lazySha256(bytes: Uint8Array): () => string {
  let digest: string | undefined;
  return () => (digest ??= sha256Hex(bytes));
}
