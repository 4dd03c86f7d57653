/** An input option that names something the input does not have: the run cannot happen as asked (exit 2). */

export type UsageProblem =
  /** `--code-column Z` where the table ends before column Z */
  | 'column-beyond-table'
  /** `--code-column "Mã"` where no header cell says "Mã" */
  | 'header-not-found';

export interface UsageErrorData {
  /** The option as typed on the command line, e.g. "--code-column" */
  readonly option: string;
  /** The value given to it */
  readonly value: string;
  readonly problem: UsageProblem;
  readonly file: string;
  readonly sheet?: string;
  /** Columns the table has (its last header column, as a count) */
  readonly columns: number;
}

export class InputUsageError extends Error {
  override readonly name = 'InputUsageError';
  constructor(readonly data: UsageErrorData) {
    const where = `${data.file}${data.sheet !== undefined ? ` [${data.sheet}]` : ''}`;
    super(
      data.problem === 'column-beyond-table'
        ? `${data.option} ${data.value}: ${where} has only ${data.columns} column(s)`
        : `${data.option} "${data.value}": no header cell in ${where} says "${data.value}"`,
    );
  }

  /** The same message in Vietnamese. */
  get messageVi(): string {
    const d = this.data;
    const where = `${d.file}${d.sheet !== undefined ? ` [${d.sheet}]` : ''}`;
    return d.problem === 'column-beyond-table'
      ? `${d.option} ${d.value}: ${where} chỉ có ${d.columns} cột`
      : `${d.option} "${d.value}": không có ô tiêu đề nào trong ${where} ghi "${d.value}"`;
  }
}
