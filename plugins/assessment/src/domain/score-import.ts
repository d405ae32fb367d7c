import type { SheetProblem } from '@cadre/core';

// 测评分数表的导入: each row of an imported score sheet names a participant of the round by its
// 编号 (the template writes it), or, with 编号 left blank, by 姓名 and 单位 when exactly one
// participant has both. A row naming nobody, or someone an earlier row named, is refused with its
// row number, and the whole sheet with it (DOMAIN §10: rows are validated before anything is
// written).

export interface SheetParticipant {
  id: string;
  name: string;
  unitName: string;
}

/** One row of the sheet as read: who it names, and its scores (blank cells left out). */
export interface ScoreLine {
  row: number;
  id: string | null;
  name: string | null;
  unit: string | null;
  scores: { itemId: string; score: number }[];
}

export interface MatchedScore {
  participantId: string;
  itemId: string;
  score: number;
}

/** The headers of the template's columns that name a participant. */
export const PARTICIPANT_HEADERS = {
  id: { zh: '编号', en: 'ID' },
  name: { zh: '姓名', en: 'Name' },
  unit: { zh: '单位', en: 'Unit' },
} as const;

/** Names compare without spaces: a sheet often pads two-character names (张  三). */
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

type Found = { participant: SheetParticipant } | { problem: SheetProblem };

function byId(line: ScoreLine, id: string, ofId: ReadonlyMap<string, SheetParticipant>): Found {
  const participant = ofId.get(id);
  if (!participant)
    return {
      problem: {
        row: line.row,
        column: PARTICIPANT_HEADERS.id.zh,
        problem: { zh: '不是本次考核的考核对象', en: 'not a participant of this round' },
      },
    };
  if (line.name !== null && plain(line.name) !== plain(participant.name))
    return {
      problem: {
        row: line.row,
        column: PARTICIPANT_HEADERS.name.zh,
        problem: {
          zh: `与编号不符（该编号是${participant.name}）`,
          en: `does not match the ID, which is ${participant.name}'s`,
        },
      },
    };
  return { participant };
}

function byNameAndUnit(line: ScoreLine, participants: readonly SheetParticipant[]): Found {
  const { row, name, unit } = line;
  if (name === null || unit === null)
    return {
      problem: {
        row,
        problem: {
          zh: '须填写编号，或填写姓名和单位',
          en: 'give the ID, or the name and the unit',
        },
      },
    };
  const found = participants.filter(
    (p) => plain(p.name) === plain(name) && plain(p.unitName) === plain(unit),
  );
  const [only] = found;
  if (found.length === 1 && only) return { participant: only };
  const problem =
    found.length === 0
      ? {
          zh: `本次考核没有${unit}的${name}`,
          en: `no participant ${name} of ${unit} in this round`,
        }
      : {
          zh: `${unit}有${found.length}名叫${name}的考核对象，请填写编号`,
          en: `${found.length} participants of ${unit} are named ${name}; give the ID`,
        };
  return { problem: { row, problem } };
}

/**
 * The scores of the sheet by participant, or every row that names no one participant (unknown,
 * ambiguous, or named twice: which row would count?). Problems come in row order.
 */
export function matchScoreLines(
  participants: readonly SheetParticipant[],
  lines: readonly ScoreLine[],
): { scores: MatchedScore[]; problems: SheetProblem[] } {
  const ofId = new Map(participants.map((p) => [p.id, p]));
  const rowOf = new Map<string, number>();
  const scores: MatchedScore[] = [];
  const problems: SheetProblem[] = [];
  for (const line of lines) {
    const found = line.id !== null ? byId(line, line.id, ofId) : byNameAndUnit(line, participants);
    if ('problem' in found) {
      problems.push(found.problem);
      continue;
    }
    const { id } = found.participant;
    const earlier = rowOf.get(id);
    if (earlier !== undefined) {
      problems.push({
        row: line.row,
        problem: {
          zh: `与第${earlier}行是同一考核对象（${found.participant.name}）`,
          en: `the same participant as row ${earlier} (${found.participant.name})`,
        },
      });
      continue;
    }
    rowOf.set(id, line.row);
    scores.push(...line.scores.map((s) => ({ participantId: id, ...s })));
  }
  return { scores, problems };
}
