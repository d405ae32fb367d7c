import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../domain/file-content.ts';
import { filled, numberCell, type SpreadsheetSpec, textCell } from '../domain/spreadsheet.ts';
import { InputError } from '../errors/cadre-error.ts';
import {
  readSpreadsheet,
  SPREADSHEET_MAX_UNPACKED_BYTES,
  writeSpreadsheet,
} from './spreadsheet.ts';

// DOMAIN §10: "assessment score sheets arrive as .xlsx. Import validates every row and reports
// row/column errors in Chinese before writing anything." Real workbooks, written with exceljs as
// a spreadsheet program would.

interface Score {
  id: string;
  name: string | null;
  de: number | null;
  neng: number | null;
}

const score = numberCell({ min: 0, max: 100 });
const SPEC: SpreadsheetSpec<Score> = {
  sheet: { zh: '测评分数', en: 'Scores' },
  columns: {
    id: { header: { zh: '编号', en: 'ID' }, required: true, parse: filled(textCell(40)) },
    name: { header: { zh: '姓名', en: 'Name' }, parse: textCell(20) },
    de: { header: { zh: '德', en: 'Integrity' }, required: true, parse: score },
    neng: { header: { zh: '能', en: 'Ability' }, required: true, parse: score },
  },
};

type Cell = ExcelJS.CellValue;

async function workbook(rows: Cell[][], sheetName = '测评分数'): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('说明').addRow(['请在“测评分数”表中填写']);
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The issues an import was refused with, as `code: 中文`. */
async function refusal(file: Uint8Array | string, spec: SpreadsheetSpec<Score> = SPEC) {
  const error = await readSpreadsheet(file, spec).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const issues = (error as InputError).issues;
  expect(new Set(issues.map((i) => i.path))).toEqual(new Set(['file']));
  return issues.map((i) => `${i.code}: ${i.text.zh}`);
}

/** A zip by hand, for what no spreadsheet program writes: each entry deflated, sizes declared. */
function zip(entries: { name: string; data: Uint8Array; declaredSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, declaredSize } of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const size = declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (s: string) => new Uint8Array(Buffer.from(s));

describe('readSpreadsheet', () => {
  it('reads the named sheet below its title, with row numbers as the spreadsheet shows them', async () => {
    const bytes = await workbook([
      ['2026年度考核测评分数'],
      ['编号', '姓名', '德', '能', '备注'],
      ['a1', { richText: [{ text: '张' }, { text: '三' }] }, 90, { formula: '80+5', result: 85 }],
      [],
      ['a2', '李四', '88', null, '未测评“能”'],
    ]);
    expect(detectFileKind(bytes)).toBe('xlsx');
    expect(await readSpreadsheet(bytes, SPEC)).toEqual({
      sheet: '测评分数',
      headerRow: 2,
      rows: [
        { row: 3, values: { id: 'a1', name: '张三', de: 90, neng: 85 } },
        { row: 5, values: { id: 'a2', name: '李四', de: 88, neng: null } },
      ],
    });
  });

  it('reads what it wrote: a template filled in comes back with the same spec', async () => {
    const template = await writeSpreadsheet(SPEC, [
      { id: 'a1', name: '张三', de: 90 },
      { id: 'a2', name: '李四' },
    ]);
    const read = await readSpreadsheet(Buffer.from(template).toString('base64'), SPEC);
    expect(read.rows.map((r) => r.values)).toEqual([
      { id: 'a1', name: '张三', de: 90, neng: null },
      { id: 'a2', name: '李四', de: null, neng: null },
    ]);
  });

  it('lists every bad cell of every row by row and column, and nothing is returned', async () => {
    const bytes = await workbook([
      ['编号', '姓名', '德', '能'],
      ['a1', '张三', 101, 80],
      [null, '李四', '九十', { formula: '1/0', result: { error: '#DIV/0!' } }],
      ['a3', '王五', true, new Date(Date.UTC(2026, 0, 2))],
    ]);
    expect(await refusal(bytes)).toEqual([
      'SPREADSHEET_CELL: 第2行“德”列：应为0–100的数字',
      'SPREADSHEET_CELL: 第3行“编号”列：不能为空',
      'SPREADSHEET_CELL: 第3行“德”列：应为0–100的数字',
      'SPREADSHEET_CELL: 第3行“能”列：应为0–100的数字',
      'SPREADSHEET_CELL: 第4行“德”列：应为0–100的数字',
      'SPREADSHEET_CELL: 第4行“能”列：应为0–100的数字',
    ]);
  });

  it('says which required columns are missing, and which sheet', async () => {
    expect(
      await refusal(
        await workbook([
          ['编号', '姓名', 'Integrity'],
          ['a1', '张三', 90],
        ]),
      ),
    ).toEqual(['SPREADSHEET_COLUMN_MISSING: 缺少“能”列']);
    expect(await refusal(await workbook([['编号', '德', '能']], 'Sheet1'))).toEqual([
      'SPREADSHEET_SHEET_MISSING: 工作簿中没有“测评分数”工作表',
    ]);
  });

  it('refuses more rows than the spec takes', async () => {
    const rows = Array.from({ length: 4 }, (_, i) => [`a${i}`, null, 80, 80]);
    const bytes = await workbook([['编号', '姓名', '德', '能'], ...rows]);
    expect(await refusal(bytes, { ...SPEC, maxRows: 3 })).toEqual([
      'SPREADSHEET_TOO_MANY_ROWS: 表格有4行数据，一次最多导入3行',
    ]);
  });

  it('refuses a workbook of more cells than its rows could need, before parsing it', async () => {
    const rows = Array.from({ length: 40 }, () => Array.from({ length: 10 }, () => 1));
    const bytes = await workbook([['编号', '姓名', '德', '能'], ...rows]);
    // (5 rows + 10 for a title) × 2 × 10 columns at least = 300 cells.
    expect(await refusal(bytes, { ...SPEC, maxRows: 5 })).toEqual([
      'SPREADSHEET_TOO_MANY_CELLS: 工作簿有405个单元格，最多300个；请删除多余的行、列或其格式',
    ]);
  });

  it('refuses what is not an .xlsx by its content, whatever it is', async () => {
    const notXlsx =
      'SPREADSHEET_NOT_XLSX: 文件不是 Excel 工作簿（.xlsx）；旧版 .xls 或其他格式请先另存为 .xlsx';
    expect(await refusal(text('编号,姓名,德,能\na1,张三,90,80\n'))).toEqual([notXlsx]);
    expect(await refusal(text('%PDF-1.7\n'))).toEqual([notXlsx]);
    const document = zip([{ name: 'word/document.xml', data: text('<w:document/>') }]);
    expect(await refusal(document)).toEqual([notXlsx]);
    const truncated = (await workbook([['编号', '德', '能']])).subarray(0, 500);
    expect(await refusal(truncated)).toEqual([notXlsx]);
    expect(await refusal('not base64!')).toEqual([
      'SPREADSHEET_UNREADABLE: 无法读取该工作簿，文件可能已损坏',
    ]);
  });

  it('refuses a workbook whose parts cannot be read', async () => {
    const broken = zip([
      { name: '[Content_Types].xml', data: text('<Types/>') },
      { name: 'xl/workbook.xml', data: text('<workbook><sheets><sheet') },
    ]);
    expect(await refusal(broken)).toEqual([
      'SPREADSHEET_UNREADABLE: 无法读取该工作簿，文件可能已损坏',
    ]);
  });

  it('refuses a file over the size limit, sent as bytes or as base64, before reading it', async () => {
    const bytes = await workbook([['编号', '德', '能']]);
    const small = { ...SPEC, maxBytes: bytes.length - 1 };
    const tooLarge = `SPREADSHEET_TOO_LARGE: 文件超过 ${Math.round(((bytes.length - 1) / 1024 / 1024) * 10) / 10} MiB 的上限`;
    expect(await refusal(bytes, small)).toEqual([tooLarge]);
    expect(await refusal(Buffer.from(bytes).toString('base64'), small)).toEqual([tooLarge]);
  });

  it('refuses a zip bomb by what it unpacks to, even when it declares less', async () => {
    const zeros = new Uint8Array(SPREADSHEET_MAX_UNPACKED_BYTES + 1);
    const bomb = (declaredSize?: number) =>
      zip([
        { name: 'xl/workbook.xml', data: text('<workbook/>') },
        {
          name: 'xl/worksheets/sheet1.xml',
          data: zeros,
          ...(declaredSize ? { declaredSize } : {}),
        },
      ]);
    expect(bomb().length).toBeLessThan(64 * 1024);
    const refused = ['SPREADSHEET_TOO_LARGE: 文件解压后超过 16 MiB 的上限'];
    expect(await refusal(bomb())).toEqual(refused);
    expect(await refusal(bomb(100))).toEqual(refused);
  });
});

describe('writeSpreadsheet', () => {
  it('writes the Chinese headers in bold above the rows, frozen, in the named sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(
      (await writeSpreadsheet(SPEC, [{ id: 'a1', name: '张三', de: 90, neng: 85 }]))
        .buffer as ArrayBuffer,
    );
    const sheet = book.getWorksheet('测评分数');
    expect(sheet?.getRow(1).values).toEqual([undefined, '编号', '姓名', '德', '能']);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'a1', '张三', 90, 85]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});
