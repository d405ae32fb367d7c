import type { Label } from '../contract/plugin.ts';
import type { ArchiveRuleCode } from '../domain/archive-rules.ts';

const TEXT: Record<ArchiveRuleCode, Label> = {
  DATE_IN_FUTURE: { zh: '日期不能晚于今天', en: 'The date cannot be after today' },
  PARTY_JOIN_TOO_EARLY: {
    zh: '入党时须年满 18 周岁',
    en: 'Party membership starts at 18 at the earliest',
  },
  WORK_START_TOO_EARLY: { zh: '参加工作时须年满 16 周岁', en: 'Work starts at 16 at the earliest' },
  POST_BEFORE_BIRTH: {
    zh: '任职起始日期不能早于出生日期',
    en: 'A post cannot start before the birth date',
  },
  POST_ENDS_BEFORE_START: {
    zh: '任职结束日期不能早于开始日期',
    en: 'A post cannot end before it starts',
  },
  DATE_BEFORE_BIRTH: {
    zh: '日期不能早于出生日期',
    en: 'The date cannot be before the birth date',
  },
  YEAR_OUT_OF_RANGE: {
    zh: '年度须在参加工作当年至今年之间',
    en: 'The year must fall between the year work started and this year',
  },
};

export function archiveRuleText(code: ArchiveRuleCode): Label {
  return TEXT[code];
}
