import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { detectFileKind, zipEntries, zipEntryData } from '../domain/file-content.ts';
import {
  type CellValue,
  HEADER_SEARCH_ROWS,
  problemIssues,
  readSheetRows,
  type SheetProblem,
  type SheetRow,
  type SpreadsheetSpec,
} from '../domain/spreadsheet.ts';
import { InputError } from '../errors/cadre-error.ts';

// Spreadsheets (.xlsx) in and out: score sheets, rosters and tallies arrive as workbooks. A file is
// judged before it is parsed — its size, its kind read from the bytes, what it unpacks to (a zip
// bomb declares little and unpacks to gigabytes, so each part is inflated here against the limit)
// and how many cells its sheets hold (the workbook library takes about 30 µs a cell) — and then
// every row is read against the spec. Any problem refuses the whole file, listing the problems by
// row and column, so nothing is ever half-imported.

/**
 * The largest file by default. GraphQL carries it as base64 (4 characters per 3 bytes), which must
 * fit a session's 1 MiB request body with the rest of the request.
 */
export const SPREADSHEET_MAX_BYTES = 512 * 1024;
/** What a file may unpack to by default: a sheet of thousands of rows is a few MiB of XML. */
export const SPREADSHEET_MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
/** Rows with data below the header, by default. */
export const SPREADSHEET_MAX_ROWS = 2000;
/**
 * The cells a workbook may hold: twice the spec's columns (room for 序号, 备注 and formatted
 * blanks) on each row it may have, at least ten columns' worth.
 */
const cellLimit = (spec: SpreadsheetSpec<unknown>, maxRows: number) =>
  (maxRows + HEADER_SEARCH_ROWS) * 2 * Math.max(Object.keys(spec.columns).length, 10);

/** A workbook has a dozen parts; thousands are an attack on the unpacker. */
const MAX_ZIP_ENTRIES = 500;

const STORED = 0;
const DEFLATED = 8;

/** A sheet's rows as read, each with its row number; `headerRow` is where the header was found. */
export interface SpreadsheetRead<T> {
  sheet: string;
  headerRow: number;
  rows: SheetRow<T>[];
}

/** The problems as one `InputError` naming the file's argument: the first twenty and a count. */
export function spreadsheetError(problems: readonly SheetProblem[], argument = 'file'): InputError {
  return new InputError(problemIssues(problems).map((issue) => ({ path: argument, ...issue })));
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const fileProblem = (code: string, zh: string, en: string): SheetProblem => ({
  code,
  problem: { zh, en },
});

const NOT_XLSX = fileProblem(
  'SPREADSHEET_NOT_XLSX',
  '文件不是 Excel 工作簿（.xlsx）；旧版 .xls 或其他格式请先另存为 .xlsx',
  'The file is not an Excel workbook (.xlsx); save an .xls or other file as .xlsx first',
);
const UNREADABLE = fileProblem(
  'SPREADSHEET_UNREADABLE',
  '无法读取该工作簿，文件可能已损坏',
  'The workbook cannot be read; the file may be damaged',
);

const tooLarge = (limit: number) =>
  fileProblem(
    'SPREADSHEET_TOO_LARGE',
    `文件超过 ${mib(limit)} MiB 的上限`,
    `The file exceeds the limit of ${mib(limit)} MiB`,
  );

const unpacksTooLarge = (limit: number) =>
  fileProblem(
    'SPREADSHEET_TOO_LARGE',
    `文件解压后超过 ${mib(limit)} MiB 的上限`,
    `The file unpacks to more than ${mib(limit)} MiB`,
  );

const tooManyCells = (cells: number, limit: number) =>
  fileProblem(
    'SPREADSHEET_TOO_MANY_CELLS',
    `工作簿有${cells}个单元格，最多${limit}个；请删除多余的行、列或其格式`,
    `The workbook has ${cells} cells, at most ${limit}; remove unused rows, columns or their formatting`,
  );

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a file sent as base64, refused before decoding when they would be too many. */
function base64Bytes(text: string, maxBytes: number): Uint8Array | SheetProblem {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return UNREADABLE;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  if ((compact.length / 4) * 3 - padding > maxBytes) return tooLarge(maxBytes);
  return Buffer.from(compact, 'base64');
}

/** What a workbook may unpack to and hold before the workbook library parses it. */
interface UnpackLimits {
  bytes: number;
  /** Cells of all its sheets, written or formatted: parsing costs about 30 µs each. */
  cells: number;
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
/** A cell element, `<c r="B3" …>` or `<x:c …/>`, and not `<col>` or `<cols>`. */
const CELL_ELEMENT = /<(?:\w+:)?c[\s/>]/g;

const countCells = (xml: Uint8Array) =>
  Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString('latin1').match(CELL_ELEMENT)
    ?.length ?? 0;

/**
 * Inflates each part against what is left of the byte limit (the real size, whatever is
 * declared) and counts the cells of the sheets, so that neither a zip bomb nor a sheet of a
 * million cells reaches the parser.
 */
function unpackProblem(bytes: Uint8Array, limits: UnpackLimits): SheetProblem | null {
  const entries = zipEntries(bytes);
  if (entries.length === 0 || entries.length > MAX_ZIP_ENTRIES) return UNREADABLE;
  let total = 0;
  let cells = 0;
  for (const entry of entries) {
    const packed = zipEntryData(bytes, entry);
    if (!packed || (entry.method !== STORED && entry.method !== DEFLATED)) return UNREADABLE;
    let unpacked = packed;
    if (entry.method === DEFLATED) {
      try {
        unpacked = inflateRawSync(packed, { maxOutputLength: limits.bytes - total + 1 });
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        return code === 'ERR_BUFFER_TOO_LARGE' ? unpacksTooLarge(limits.bytes) : UNREADABLE;
      }
    }
    total += unpacked.length;
    if (total > limits.bytes) return unpacksTooLarge(limits.bytes);
    if (WORKSHEET_PART.test(entry.name)) cells += countCells(unpacked);
  }
  return cells > limits.cells ? tooManyCells(cells, limits.cells) : null;
}

/** A cell as the domain reads it: a formula as its result, rich text and links as their text. */
function cellOf(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if ('richText' in value) return cellOf(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellOf(value.result ?? null);
  if ('hyperlink' in value) return cellOf(value.text);
  return value.error;
}

function rawRows(sheet: ExcelJS.Worksheet): { row: number; cells: CellValue[] }[] {
  const rows: { row: number; cells: CellValue[] }[] = [];
  sheet.eachRow((row, number) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, column) => {
      cells[column - 1] = cellOf(cell.value);
    });
    rows.push({ row: number, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

function worksheetOf(
  workbook: ExcelJS.Workbook,
  spec: SpreadsheetSpec<unknown>,
): ExcelJS.Worksheet | SheetProblem {
  const wanted = spec.sheet;
  if (!wanted) return workbook.worksheets[0] ?? UNREADABLE;
  const names = new Set([wanted.zh, wanted.en]);
  return (
    workbook.worksheets.find((sheet) => names.has(sheet.name.trim())) ??
    fileProblem(
      'SPREADSHEET_SHEET_MISSING',
      `工作簿中没有“${wanted.zh}”工作表`,
      `The workbook has no sheet named “${wanted.zh}” (${wanted.en})`,
    )
  );
}

/**
 * The rows of a workbook read against `spec`: a value for every column of every row with data,
 * with its row number. `file` is the bytes, or base64 as a GraphQL argument carries them. Throws
 * one `InputError` listing every problem (the file's size or kind, a missing column, each bad
 * cell by row and column), so a caller writes all of the rows or none.
 */
export async function readSpreadsheet<T>(
  file: Uint8Array | string,
  spec: SpreadsheetSpec<T>,
): Promise<SpreadsheetRead<T>> {
  const refuse = (problems: SheetProblem[]) => spreadsheetError(problems, spec.argument);
  const maxBytes = spec.maxBytes ?? SPREADSHEET_MAX_BYTES;
  const bytes = typeof file === 'string' ? base64Bytes(file, maxBytes) : file;
  if (!(bytes instanceof Uint8Array)) throw refuse([bytes]);
  if (bytes.length > maxBytes) throw refuse([tooLarge(maxBytes)]);
  if (detectFileKind(bytes) !== 'xlsx') throw refuse([NOT_XLSX]);
  const maxRows = spec.maxRows ?? SPREADSHEET_MAX_ROWS;
  const unpacked = unpackProblem(bytes, {
    bytes: spec.maxUnpackedBytes ?? SPREADSHEET_MAX_UNPACKED_BYTES,
    cells: cellLimit(spec, maxRows),
  });
  if (unpacked) throw refuse([unpacked]);
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy of exactly the file's bytes: a Buffer's memory may be a shared pool's.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw refuse([UNREADABLE]);
  }
  const sheet = worksheetOf(workbook, spec);
  if ('problem' in sheet) throw refuse([sheet]);
  const reading = readSheetRows(rawRows(sheet), spec, maxRows);
  if (!reading.ok) throw refuse(reading.problems);
  return { sheet: sheet.name, headerRow: reading.headerRow, rows: reading.rows };
}

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const SHEET_NAME_UNSAFE = /[[\]:*?/\\]/g;

/** Columns as wide as their widest text, a CJK character counting two. */
function widthOf(texts: readonly CellValue[]): number {
  const widest = Math.max(
    ...texts.map((text) =>
      Array.from(text === null ? '' : String(text)).reduce(
        (sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? 2 : 1),
        0,
      ),
    ),
  );
  return Math.min(Math.max(widest + 2, 8), 40);
}

/**
 * A workbook of one sheet with the spec's header row (in Chinese, frozen) and `rows` below it:
 * a template to fill in, which `readSpreadsheet` reads back with the same spec.
 */
export async function writeSpreadsheet<T>(
  spec: Pick<SpreadsheetSpec<T>, 'columns' | 'sheet'>,
  rows: readonly { readonly [K in keyof NoInfer<T>]?: CellValue }[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const name = (spec.sheet?.zh ?? 'Sheet1').replace(SHEET_NAME_UNSAFE, '').slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = Object.entries(spec.columns) as [keyof T & string, { header: { zh: string } }][];
  sheet.columns = columns.map(([key, column]) => ({
    key,
    header: column.header.zh,
    width: widthOf([column.header.zh, ...rows.map((row) => row[key] ?? null)]),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
