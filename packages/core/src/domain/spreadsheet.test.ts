import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  filled,
  numberCell,
  problemIssues,
  problemText,
  type RawRow,
  readSheetRows,
  type SpreadsheetSpec,
  textCell,
} from './spreadsheet.ts';

// DOMAIN §10: "assessment score sheets arrive as .xlsx. Import validates every row and reports
// row/column errors in Chinese before writing anything."

interface Score {
  id: string;
  name: string | null;
  de: number | null;
}

const SPEC: SpreadsheetSpec<Score> = {
  columns: {
    id: { header: { zh: '编号', en: 'ID' }, required: true, parse: filled(textCell(40)) },
    name: { header: { zh: '姓名', en: 'Name' }, parse: textCell(20) },
    de: {
      header: { zh: '德', en: 'Integrity' },
      required: true,
      parse: numberCell({ min: 0, max: 100 }),
    },
  },
};

const sheet = (...rows: (readonly CellValue[])[]): RawRow[] =>
  rows.map((cells, i) => ({ row: i + 1, cells }));

const read = (rows: RawRow[], maxRows = 100) => readSheetRows(rows, SPEC, maxRows);

const texts = (rows: RawRow[]) => {
  const reading = read(rows);
  return reading.ok ? [] : reading.problems.map((p) => problemText(p).zh);
};

describe('the header row', () => {
  it('is found below a title, in either language, ignoring spaces, case and extra columns', () => {
    const reading = read(
      sheet(['2026年度考核测评表'], [], ['备注', ' 编 号', 'NAME', '德'], ['', 'a1', '张三', 90]),
    );
    expect(reading).toEqual({
      ok: true,
      headerRow: 3,
      rows: [{ row: 4, values: { id: 'a1', name: '张三', de: 90 } }],
    });
  });

  it('names each missing required column, not the optional ones', () => {
    expect(texts(sheet(['姓名', '编号'], ['张三', 'a1']))).toEqual(['缺少“德”列']);
  });

  it('says so when none of the first rows looks like a header', () => {
    expect(texts(sheet(['一'], ['二']))).toEqual(['前10行中找不到表头（应有“编号”、“德”列）']);
  });

  it('refuses a column that appears twice: which of them holds the score?', () => {
    expect(texts(sheet(['编号', '德', '德'], ['a1', 80, 90]))).toEqual(['第1行：“德”列重复']);
  });
});

describe('the rows', () => {
  it('gives every column a value, null for an absent optional column, and skips blank rows', () => {
    const reading = read(
      sheet(['编号', '德', '备注'], ['a1', '８５.5', null], [], [null, null, '空行']),
    );
    expect(reading).toEqual({
      ok: true,
      headerRow: 1,
      rows: [{ row: 2, values: { id: 'a1', name: null, de: 85.5 } }],
    });
  });

  it('reports every bad cell of every row at once, by row and the column as the sheet names it', () => {
    const rows = sheet(
      ['编号', '姓名', 'Integrity'],
      ['a1', '张三', 101],
      [null, '李四', '九十'],
      ['a3', '王五王五王五王五王五王五王五王五王五王五王', true],
    );
    expect(texts(rows)).toEqual([
      '第2行“Integrity”列：应为0–100的数字',
      '第3行“编号”列：不能为空',
      '第3行“Integrity”列：应为0–100的数字',
      '第4行“姓名”列：不能超过20个字',
      '第4行“Integrity”列：应为0–100的数字',
    ]);
  });

  it('refuses more rows with data than the limit before reading any', () => {
    const reading = read(sheet(['编号', '德'], ['a1', 'x'], ['a2', 'y']), 1);
    expect(reading.ok ? [] : reading.problems.map((p) => p.code)).toEqual([
      'SPREADSHEET_TOO_MANY_ROWS',
    ]);
  });
});

describe('cell parsers', () => {
  it.each<[CellValue, number | null | 'refused']>([
    [null, null],
    [0, 0],
    [100, 100],
    ['  99.5 ', 99.5],
    ['１００', 100],
    [-0.1, 'refused'],
    [100.01, 'refused'],
    ['1e2', 'refused'],
    ['', 'refused'],
    [true, 'refused'],
    [new Date(0), 'refused'],
    ['#DIV/0!', 'refused'],
  ])('numberCell 0–100 reads %j as %j', (cell, expected) => {
    const result = numberCell({ min: 0, max: 100 })(cell);
    expect(result.ok ? result.value : 'refused').toBe(expected);
  });

  it('textCell takes a number as its digits and refuses a date; filled refuses a blank', () => {
    expect(textCell(10)(20260001)).toEqual({ ok: true, value: '20260001' });
    expect(textCell(10)(new Date(0)).ok).toBe(false);
    expect(filled(textCell(10))(null)).toEqual({
      ok: false,
      problem: { zh: '不能为空', en: 'must not be blank' },
    });
  });
});

describe('the problems shown', () => {
  it('are named in both languages', () => {
    expect(
      problemText({
        row: 3,
        column: '德',
        problem: { zh: '应为0–100的数字', en: 'must be a number from 0 to 100' },
      }),
    ).toEqual({
      zh: '第3行“德”列：应为0–100的数字',
      en: 'Row 3, column 德: must be a number from 0 to 100',
    });
  });

  it('stop at twenty and count the rest', () => {
    const problems = Array.from({ length: 25 }, (_, i) => ({
      row: i + 2,
      column: '德',
      problem: { zh: '应为数字', en: 'must be a number' },
    }));
    const issues = problemIssues(problems);
    expect(issues).toHaveLength(21);
    expect(issues[0]?.code).toBe('SPREADSHEET_CELL');
    expect(issues[20]).toEqual({
      code: 'SPREADSHEET_MORE_PROBLEMS',
      text: { zh: '另有5处问题未列出', en: 'and 5 more problems' },
    });
  });
});
