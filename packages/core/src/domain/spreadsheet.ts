import type { Label } from '../contract/plugin.ts';

// 表格导入 (DOMAIN §10: "Import validates every row and reports row/column errors in Chinese
// before writing anything"). A sheet is read against a spec naming its columns: the header row is
// found among the first rows (a title often sits above it), every cell of every row is parsed,
// and every problem is named by the row number the spreadsheet program shows and the column's
// header. Pure: the service (services/spreadsheet.ts) unpacks the file into rows of cell values.

/** What a cell holds once unpacked: text trimmed and blank as null, a formula as its result. */
export type CellValue = string | number | boolean | Date | null;

export type CellResult<V> = { ok: true; value: V } | { ok: false; problem: Label };

/** Reads one cell; gets null for a blank cell and for every cell of an absent column. */
export type CellParser<V> = (cell: CellValue) => CellResult<V>;

export interface SpreadsheetColumn<V> {
  /** The header a template writes (`zh`); a sheet may say either language or an alias. */
  header: Label;
  aliases?: readonly string[];
  /** The sheet must have the column; whether its cells may be blank is the parser's matter. */
  required?: boolean;
  parse: CellParser<V>;
}

export interface SpreadsheetSpec<T> {
  /** One column per key of a row, in the order a template writes them. */
  columns: { readonly [K in keyof T]: SpreadsheetColumn<T[K]> };
  /** The worksheet, by either of its names; the first one by default. */
  sheet?: Label;
  /** The request argument the file came in, named by the problems (`file` by default). */
  argument?: string;
  /** The largest file, in bytes (`SPREADSHEET_MAX_BYTES` by default). */
  maxBytes?: number;
  /** The most the file may unpack to, in bytes (`SPREADSHEET_MAX_UNPACKED_BYTES` by default). */
  maxUnpackedBytes?: number;
  /** The most rows with data below the header (`SPREADSHEET_MAX_ROWS` by default). */
  maxRows?: number;
}

/** A row as read: its number in the sheet, and a value for every column of the spec. */
export interface SheetRow<T> {
  row: number;
  values: T;
}

/** A sheet's row as unpacked: its number and its cells from column A on. */
export interface RawRow {
  row: number;
  cells: readonly CellValue[];
}

/** Something wrong with the file, a row, or one cell of a row. */
export interface SheetProblem {
  /** `SPREADSHEET_<WHAT>`; a cell's problem is `SPREADSHEET_CELL`, a row's `SPREADSHEET_ROW`. */
  code?: string;
  row?: number;
  /** The header of the column, as the sheet writes it. */
  column?: string;
  problem: Label;
}

export type SheetReading<T> =
  { ok: true; headerRow: number; rows: SheetRow<T>[] } | { ok: false; problems: SheetProblem[] };

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 10;

/** More problems than this are counted, not listed: nobody reads the 300th. */
export const LISTED_PROBLEMS = 20;

export const cellValue = <V>(value: V): CellResult<V> => ({ ok: true, value });
export const cellProblem = (zh: string, en: string): CellResult<never> => ({
  ok: false,
  problem: { zh, en },
});

/** Header texts compare without spaces, letter case or full-width forms (`德 ` = `德`, `ＩＤ` = `id`). */
export const headerKey = (text: string): string =>
  text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const acceptedHeaders = (column: SpreadsheetColumn<unknown>) =>
  new Set([column.header.zh, column.header.en, ...(column.aliases ?? [])].map(headerKey));

/** Where each column of the spec is (0-based), once the header row is found. */
interface HeaderMatch {
  row: number;
  positions: Map<string, number>;
  /** The header as the sheet writes it, for messages. */
  texts: Map<string, string>;
  duplicates: string[];
}

function matchHeader(raw: RawRow, columns: Record<string, SpreadsheetColumn<unknown>>) {
  const accepted = Object.entries(columns).map(([key, column]) => ({
    key,
    texts: acceptedHeaders(column),
  }));
  const match: HeaderMatch = {
    row: raw.row,
    positions: new Map(),
    texts: new Map(),
    duplicates: [],
  };
  raw.cells.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const key = accepted.find((a) => a.texts.has(headerKey(cell)))?.key;
    if (key === undefined) return;
    if (match.positions.has(key)) match.duplicates.push(cell);
    else {
      match.positions.set(key, index);
      match.texts.set(key, cell);
    }
  });
  return match;
}

const quoted = (texts: readonly string[], separator: string) =>
  texts.map((t) => `“${t}”`).join(separator);

function headerProblems(
  best: HeaderMatch | undefined,
  columns: Record<string, SpreadsheetColumn<unknown>>,
): SheetProblem[] {
  const required = Object.entries(columns).filter(([, c]) => c.required);
  if (!best || best.positions.size === 0) {
    const names = required.map(([, c]) => c.header.zh);
    return [
      {
        code: 'SPREADSHEET_NO_HEADER',
        problem: {
          zh: `前${HEADER_SEARCH_ROWS}行中找不到表头（应有${quoted(names, '、')}列）`,
          en: `No header row in the first ${HEADER_SEARCH_ROWS} rows (expected the columns ${quoted(names, ', ')})`,
        },
      },
    ];
  }
  return required
    .filter(([key]) => !best.positions.has(key))
    .map(([, c]) => ({
      code: 'SPREADSHEET_COLUMN_MISSING',
      problem: {
        zh: `缺少“${c.header.zh}”列`,
        en: `The column “${c.header.zh}” (${c.header.en}) is missing`,
      },
    }));
}

/**
 * The header row: the first of the top rows that has every required column; else what is
 * missing from the row that came closest. A column found twice in it is a problem too.
 */
function locateHeader(
  rows: readonly RawRow[],
  columns: Record<string, SpreadsheetColumn<unknown>>,
): { ok: true; header: HeaderMatch } | { ok: false; problems: SheetProblem[] } {
  const required = Object.keys(columns).filter((key) => columns[key]?.required);
  let best: HeaderMatch | undefined;
  for (const raw of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const match = matchHeader(raw, columns);
    if (match.positions.size > 0 && required.every((key) => match.positions.has(key))) {
      if (match.duplicates.length === 0) return { ok: true, header: match };
      const problems = match.duplicates.map((text) => ({
        code: 'SPREADSHEET_COLUMN_TWICE',
        row: match.row,
        problem: { zh: `“${text}”列重复`, en: `The column “${text}” appears twice` },
      }));
      return { ok: false, problems };
    }
    if (!best || match.positions.size > best.positions.size) best = match;
  }
  return { ok: false, problems: headerProblems(best, columns) };
}

/**
 * Every row below the header read against the spec: a value for each column, or every problem
 * of the sheet. Rows blank in all of the spec's columns are skipped; more than `maxRows` with
 * data refuses the sheet before any is read.
 */
export function readSheetRows<T>(
  rows: readonly RawRow[],
  spec: Pick<SpreadsheetSpec<T>, 'columns'>,
  maxRows: number,
): SheetReading<T> {
  const columns = spec.columns as Record<string, SpreadsheetColumn<unknown>>;
  const located = locateHeader(rows, columns);
  if (!located.ok) return located;
  const { header } = located;
  const keys = Object.keys(columns);
  const cellsOf = (raw: RawRow) =>
    keys.map((key) => {
      const at = header.positions.get(key);
      return at === undefined ? null : (raw.cells[at] ?? null);
    });
  const data = rows
    .filter((raw) => raw.row > header.row)
    .map((raw) => ({ row: raw.row, cells: cellsOf(raw) }))
    .filter(({ cells }) => cells.some((cell) => cell !== null));
  if (data.length > maxRows) {
    const problem = {
      zh: `表格有${data.length}行数据，一次最多导入${maxRows}行`,
      en: `The sheet has ${data.length} rows of data; at most ${maxRows} can be imported at once`,
    };
    return { ok: false, problems: [{ code: 'SPREADSHEET_TOO_MANY_ROWS', problem }] };
  }
  const problems: SheetProblem[] = [];
  const read = data.map(({ row, cells }) => {
    const values: Record<string, unknown> = {};
    keys.forEach((key, i) => {
      const column = columns[key] as SpreadsheetColumn<unknown>;
      const result = column.parse(cells[i] ?? null);
      if (result.ok) values[key] = result.value;
      else
        problems.push({
          row,
          column: header.texts.get(key) ?? column.header.zh,
          problem: result.problem,
        });
    });
    return { row, values: values as T };
  });
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, headerRow: header.row, rows: read };
}

/** 第3行“德”列：应为0–100的数字 / Row 3, column 德: must be a number from 0 to 100. */
export function problemText({ row, column, problem }: SheetProblem): Label {
  if (row === undefined) return problem;
  if (column === undefined)
    return { zh: `第${row}行：${problem.zh}`, en: `Row ${row}: ${problem.en}` };
  return {
    zh: `第${row}行“${column}”列：${problem.zh}`,
    en: `Row ${row}, column ${column}: ${problem.en}`,
  };
}

const codeOf = ({ code, row, column }: SheetProblem) =>
  code ??
  (column !== undefined
    ? 'SPREADSHEET_CELL'
    : row !== undefined
      ? 'SPREADSHEET_ROW'
      : 'SPREADSHEET_FILE');

/** The problems to show: the first `listed` of them, and a line counting the rest. */
export function problemIssues(
  problems: readonly SheetProblem[],
  listed = LISTED_PROBLEMS,
): { code: string; text: Label }[] {
  const shown = problems.slice(0, listed).map((p) => ({ code: codeOf(p), text: problemText(p) }));
  const more = problems.length - shown.length;
  if (more <= 0) return shown;
  const text = { zh: `另有${more}处问题未列出`, en: `and ${more} more problems` };
  return [...shown, { code: 'SPREADSHEET_MORE_PROBLEMS', text }];
}

// Cell parsers a spec's columns are made of; a column whose cells must be filled wraps its
// parser in `filled`.

const BLANK = cellProblem('不能为空', 'must not be blank');

/** Text of at most `max` characters; a number is taken as its digits (编号 typed as a number). */
export const textCell =
  (max: number): CellParser<string | null> =>
  (cell) => {
    if (cell === null) return cellValue(null);
    if (typeof cell === 'boolean' || cell instanceof Date)
      return cellProblem('应为文字', 'must be text');
    const text = String(cell);
    return Array.from(text).length <= max
      ? cellValue(text)
      : cellProblem(`不能超过${max}个字`, `must be at most ${max} characters`);
  };

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A number from `min` to `max`, typed as a number or as text (full-width digits too). */
export const numberCell = ({
  min,
  max,
}: {
  min: number;
  max: number;
}): CellParser<number | null> => {
  const wrong = cellProblem(`应为${min}–${max}的数字`, `must be a number from ${min} to ${max}`);
  return (cell) => {
    if (cell === null) return cellValue(null);
    const text = typeof cell === 'string' ? cell.normalize('NFKC').trim() : null;
    const value = typeof cell === 'number' ? cell : text && DECIMAL.test(text) ? Number(text) : NaN;
    return Number.isFinite(value) && value >= min && value <= max ? cellValue(value) : wrong;
  };
};

/** The same parser, refusing a blank cell. */
export const filled =
  <V>(parse: CellParser<V | null>): CellParser<V> =>
  (cell) => {
    const result = parse(cell);
    if (!result.ok) return result;
    return result.value === null ? BLANK : cellValue(result.value);
  };
