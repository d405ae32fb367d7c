import type { Label } from '../contract/plugin.ts';
import { formatDate } from './dates.ts';

// 后备干部 are chosen from serving cadres: a pool entry dated in the future, or before the cadre
// started work, contradicts the archive. Each problem names its input field and the cadre.

export interface PoolEntryProblem {
  field: 'enteredOn';
  code: 'DATE_IN_FUTURE' | 'POOL_ENTRY_BEFORE_WORK';
  text: Label;
}

export function poolEntryProblems(
  enteredOn: Date,
  cadre: { name: string; workStartDate: Date },
  today: Date,
): PoolEntryProblem[] {
  const found: PoolEntryProblem[] = [];
  if (enteredOn > today) {
    found.push({
      field: 'enteredOn',
      code: 'DATE_IN_FUTURE',
      text: { zh: '入库日期不能晚于今天', en: 'The entry date cannot be after today' },
    });
  }
  if (enteredOn < cadre.workStartDate) {
    const { name } = cadre;
    const on = formatDate(cadre.workStartDate);
    found.push({
      field: 'enteredOn',
      code: 'POOL_ENTRY_BEFORE_WORK',
      text: {
        zh: `入库日期早于${name}参加工作时间（${on}）`,
        en: `The entry predates ${name}'s start of work (${on})`,
      },
    });
  }
  return found;
}
