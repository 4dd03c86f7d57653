/**
 * The shape every language's catalogue has. The diagnostics' wording is typed by code: each language must word
 * every code, and each message receives exactly the details its code declares (./details.ts).
 */
import type { Code, DetailsOf } from './details.js';

export interface Wording<D> {
  /** One line saying what the check is about (README, SARIF rule descriptions). */
  readonly title: string;
  readonly message: (d: D) => string;
  /** How to fix it, where a hint helps (both languages give one, or neither: a test holds that). */
  readonly hint?: string;
}

export type DiagnosticWords = { readonly [C in Code]: Wording<DetailsOf<C>> };
