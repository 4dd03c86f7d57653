import { displayWidth, padEndDisplay, padStartDisplay } from '../core/text.js';

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** A plain-text table aligned by displayed width (Vietnamese combining marks take no column). */
export function renderTextTable(columns: readonly Column[], rows: readonly (readonly string[])[], gap = '  '): string[] {
  return [...textTableLines(columns, () => rows, gap)];
}

/**
 * The lines of renderTextTable, for rows made as they are read: `rows()` is read twice, once to measure the columns
 * and once to write the lines, so that no more than one row is held at a time.
 */
export function* textTableLines(columns: readonly Column[], rows: () => Iterable<readonly string[]>, gap = '  '): Generator<string> {
  const widths = columns.map((c) => displayWidth(c.header));
  for (const r of rows())
    for (let i = 0; i < widths.length; i++) {
      const w = displayWidth(r[i] ?? '');
      if (w > widths[i]!) widths[i] = w;
    }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => {
        const w = widths[i] ?? 0;
        const last = i === cells.length - 1;
        if (columns[i]?.align === 'right') return padStartDisplay(cell, w);
        return last ? cell : padEndDisplay(cell, w);
      })
      .join(gap)
      .trimEnd();
  yield line(columns.map((c) => c.header));
  yield line(widths.map((w) => '─'.repeat(w)));
  for (const r of rows()) yield line(r);
}

/** A Markdown table; pipes in cells are escaped. */
export function renderMarkdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  return [...markdownTableLines(columns, rows)];
}

/** The lines of renderMarkdownTable, one row at a time. */
export function* markdownTableLines(columns: readonly Column[], rows: Iterable<readonly string[]>): Generator<string> {
  const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  yield `| ${columns.map((c) => esc(c.header)).join(' | ')} |`;
  yield `| ${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
  for (const r of rows) yield `| ${r.map(esc).join(' | ')} |`;
}

/** Words of `text` in lines of at most `width` columns (a word longer than that takes a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/ +/)) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(w) > width) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Text cut to at most `width` columns, "…" marking the cut. */
export function cutToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
