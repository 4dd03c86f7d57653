/** The report's one inline style sheet: screen and A4 print (landscape: the ranked table is wide). */

/** Rows of a ranked table on one printed page; the page breaks before the next row (the header repeats). */
export const ROWS_PER_PRINTED_PAGE = 28;

const screen = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--head:#f0f3f6;--accent:#0b4f8a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:1060px;padding:24px 20px 40px;color:var(--ink);background:#fff;
 font:14px/1.45 "Noto Sans","DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif}
h1{font-size:22px;margin:0 0 4px;color:var(--accent)}
h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--accent);color:var(--accent)}
h3{font-size:15px;margin:18px 0 6px}
p{margin:4px 0 8px}
.meta,.note{color:var(--muted);font-size:13px}
nav ul{margin:4px 0;padding-left:20px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:12.5px}
th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;text-align:left}
thead th{background:var(--head);vertical-align:bottom;font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
td.n{white-space:nowrap}
td.unit{white-space:nowrap;max-width:19em;overflow:hidden;text-overflow:ellipsis}
td.band{white-space:nowrap}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.35em;vertical-align:-.05em}
code,.hash{font-family:"DejaVu Sans Mono",Consolas,monospace;font-size:11.5px;word-break:break-all}
.ranked{width:100%}
.ranked tbody tr:nth-child(even){background:#f8f9fa}
.ranked th button{all:inherit;cursor:pointer;padding:0;border:0;background:none}
.ranked th button::after{content:" ↕";color:var(--muted);font-weight:400}
.ranked th[aria-sort=ascending] button::after{content:" ▲"}
.ranked th[aria-sort=descending] button::after{content:" ▼"}
.mean-box{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:4px 12px;margin:2px 0 8px;background:var(--head)}
.mean-box strong{font-size:20px;color:var(--accent)}
.figure{margin:6px 0 12px}
svg.chart{display:block;max-width:100%;height:auto;font-family:inherit}
svg .grid{stroke:#e6eaef;stroke-width:1}
svg .axis{stroke:#59636e;stroke-width:1}
svg .threshold{stroke-width:1.2;stroke-dasharray:5 3}
svg .mean{stroke:#1f2328;stroke-width:1.5}
svg .tick{font-size:11px;fill:#59636e}
svg .label{font-size:11px;font-weight:600}
svg .halo{fill:#1f2328;paint-order:stroke;stroke:#fff;stroke-width:3px}
svg .on-colour{font-size:12px;font-weight:600;fill:#fff}
svg .na{fill:#eceff2;stroke:#c4ccd4;stroke-width:.5}
.problems td:first-child{white-space:nowrap}
table.bands{min-width:60%}
.two{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);gap:28px;align-items:start}
.legend{margin:4px 0;padding-left:18px;font-size:12.5px;list-style:none}
.legend li{text-indent:-18px;padding-left:0}
details summary{cursor:pointer;color:var(--accent)}
footer{margin-top:24px;color:var(--muted);font-size:12px}
`;

const print = (pageWord: string): string => `
@page{size:A4 landscape;margin:11mm 12mm 13mm;
 @bottom-right{content:"${pageWord} " counter(page) "/" counter(pages);font:9pt "Noto Sans","DejaVu Sans",sans-serif;color:#59636e}}
@media print{
 body{max-width:none;padding:0;font-size:10pt}
 nav,.sort-hint,details{display:none}
 h2{margin:12pt 0 4pt;font-size:14pt}
 .page>h2:first-child{margin-top:0}
 .page{break-before:page}
 h3{break-after:avoid;margin:8pt 0 3pt}
 .figure,.two{break-inside:avoid;margin:2pt 0 4pt}
 .mean-box{margin:0 0 2pt;padding:1pt 8pt}
 .mean-box strong{font-size:14pt}
 .legend{font-size:8.5pt}
 table{font-size:8.5pt}
 th,td{padding:1.5pt 4pt}
 thead{display:table-header-group}
 tr{break-inside:avoid}
 .ranked tbody tr:nth-child(${ROWS_PER_PRINTED_PAGE}n+${ROWS_PER_PRINTED_PAGE + 1}){break-before:page}
 .ranked th button::after{content:""}
 svg.chart{width:100%}
 a{color:inherit;text-decoration:none}
}
`;

export function styleSheet(pageWord: string): string {
  return (screen + print(pageWord)).trim();
}
