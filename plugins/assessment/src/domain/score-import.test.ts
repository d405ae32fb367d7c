import { problemText } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { matchScoreLines, type ScoreLine, type SheetParticipant } from './score-import.ts';

// DOMAIN §10: "assessment score sheets arrive as .xlsx. Import validates every row and reports
// row/column errors in Chinese before writing anything."

const PARTICIPANTS: SheetParticipant[] = [
  { id: 'p1', name: '张三', unitName: '城关镇' },
  { id: 'p2', name: '李四', unitName: '城关镇' },
  { id: 'p3', name: '王五', unitName: '财政局' },
  { id: 'p4', name: '王五', unitName: '财政局' },
];

const line = (row: number, who: Partial<ScoreLine>, score = 90): ScoreLine => ({
  row,
  id: null,
  name: null,
  unit: null,
  scores: [{ itemId: 'de', score }],
  ...who,
});

const problems = (lines: ScoreLine[]) =>
  matchScoreLines(PARTICIPANTS, lines).problems.map((p) => problemText(p).zh);

describe('matching the rows of a score sheet to the participants', () => {
  it('takes the 编号 first, else a unique 姓名 and 单位 (spaces in names ignored)', () => {
    const { scores, problems: none } = matchScoreLines(PARTICIPANTS, [
      line(3, { id: 'p1', name: '张  三' }, 90),
      line(4, { name: '李 四', unit: '城关镇' }, 85),
      line(5, { id: 'p3', scores: [] }),
    ]);
    expect(none).toEqual([]);
    expect(scores).toEqual([
      { participantId: 'p1', itemId: 'de', score: 90 },
      { participantId: 'p2', itemId: 'de', score: 85 },
    ]);
  });

  it.each<[string, ScoreLine, string]>([
    [
      'an unknown 编号',
      line(3, { id: 'x9', name: '张三' }),
      '第3行“编号”列：不是本次考核的考核对象',
    ],
    [
      'a 编号 of someone else than the name says',
      line(4, { id: 'p1', name: '李四' }),
      '第4行“姓名”列：与编号不符（该编号是张三）',
    ],
    [
      'neither 编号 nor both 姓名 and 单位',
      line(5, { name: '张三' }),
      '第5行：须填写编号，或填写姓名和单位',
    ],
    [
      'a name not in that unit',
      line(6, { name: '张三', unit: '财政局' }),
      '第6行：本次考核没有财政局的张三',
    ],
    [
      'a name two participants of the unit share',
      line(7, { name: '王五', unit: '财政局' }),
      '第7行：财政局有2名叫王五的考核对象，请填写编号',
    ],
  ])('refuses %s, naming the row', (_case, bad, expected) => {
    expect(problems([bad])).toEqual([expected]);
  });

  it('refuses a participant named twice, by 编号 or by name, at the later rows', () => {
    expect(
      problems([
        line(3, { id: 'p1' }),
        line(4, { name: '张三', unit: '城关镇' }),
        line(5, { id: 'p1' }),
      ]),
    ).toEqual(['第4行：与第3行是同一考核对象（张三）', '第5行：与第3行是同一考核对象（张三）']);
  });

  it('lists every problem of the sheet at once, in row order', () => {
    expect(problems([line(3, { id: 'x' }), line(4, { id: 'p2' }), line(5, {})])).toHaveLength(2);
  });
});
