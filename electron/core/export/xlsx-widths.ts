// Column widths for the workbooks, in Excel's unit (the width of the digit 0 in the sheet's font), measured from the
// text a cell shows: a number, date or amount that does not fit its column is shown as «###», so a column of them is
// as wide as its widest value, bold (a sum row) counted bold, in either font the reader's program may use.
import { textWidthPt } from '../../../shared/report/text-metrics.ts';

/** The width of the digit 0 at 1 pt: the unit of an Excel column's width. */
const DIGIT = textWidthPt('0', 1);
/** The cell's own margins and the grid line, in the same unit. */
const PADDING = 2;
/** An indent of one level (the right-aligned numbers' space before the border). */
const INDENT = 3;

/** The width a one-line text needs in an Excel column: «NOK 10,000,000» in bold in a sum row, say. */
export function xlsxTextWidth(text: string, opts: { bold?: boolean; indent?: boolean } = {}): number {
  const widest = Math.max(0, ...text.split('\n').map((line) => textWidthPt(line, 1, opts.bold) / DIGIT));
  return Math.ceil(widest + PADDING + (opts.indent ? INDENT : 0));
}
