/**
 * The words a `yesno` leaf accepts, compared on the cell's asciiKey (no case, no marks: "Không" → "khong").
 * The criteria check uses them too: a non-applicable token may not be one of them.
 */
export const YES_ANSWERS: ReadonlySet<string> = new Set(['co', 'yes', 'y', 'x', 'dat', '1', 'true', 'da thuc hien', 'thuc hien', 'hoan thanh', 'v', '✓', '✔']);
export const NO_ANSWERS: ReadonlySet<string> = new Set(['khong', 'no', 'n', 'khong dat', '0', 'false', 'chua thuc hien', 'chua', 'chua dat', 'khong thuc hien']);
