// CSV cells for every file the tool writes: text quoted by d3-dsv (RFC 4180) and neutralised
// against formula injection, numbers at full precision. A spreadsheet runs a cell that starts
// with = + - @ (or a tab or carriage return) as a formula; OWASP's advice is to prefix such text
// with a single quote (https://owasp.org/www-community/attacks/CSV_Injection).
import { csvFormatValue } from 'd3';

/** A cell: text (neutralised and quoted as needed) or a number (written as is). */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a CSV cell: a leading = + - @ tab or CR gets a ' in front, then d3's quoting. */
export function csvText(text: string): string {
  return csvFormatValue(FORMULA_START.test(text) ? `'${text}` : text);
}

/**
 * A number as CSV text: shortest text that parses back to the same double (`String(x)`), and
 * `NA` for NaN, which readr, pandas and `Number()` all read as missing/NaN.
 */
export const csvNumber = (x: number): string => (Number.isNaN(x) ? 'NA' : String(x));

/** One cell as CSV text. */
export const csvCell = (c: CsvCell): string => (typeof c === 'number' ? csvNumber(c) : csvText(c));

/** Rows of cells as CSV lines (no final newline), text neutralised and numbers kept. */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\n');
}

/**
 * The UTF-8 byte-order mark that starts every CSV file the app hands to a person (downloads and
 * the research bundle). Without it Excel reads a CSV in the computer's legacy code page, so "£ a
 * year" shows as "Â£ a year" and names lose their accents; with it Excel, LibreOffice and Numbers
 * read UTF-8. readr and pandas skip it. The CLI's CSVs, read by programs and joined shard by
 * shard, do not carry it. [M]
 */
export const CSV_BOM = '\uFEFF';
