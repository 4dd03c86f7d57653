import { displayWidth, padEndDisplay, padStartDisplay } from '../core/text.js';

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/** A plain-text table aligned by displayed width (Vietnamese combining marks take no column). */
export function renderTextTable(columns: readonly Column[], rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
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
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}

/** A Markdown table; pipes in cells are escaped. */
export function renderMarkdownTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return [
    `| ${columns.map((c) => esc(c.header)).join(' | ')} |`,
    `| ${columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ];
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
