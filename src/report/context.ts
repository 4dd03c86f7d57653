import type { ChalkInstance } from 'chalk';
import type { Lang } from '../diagnostics/types.js';

/** What every format is rendered with besides the report: the language, and colours (level 0 when off). */
export interface RenderContext {
  readonly lang: Lang;
  readonly chalk: ChalkInstance;
}
