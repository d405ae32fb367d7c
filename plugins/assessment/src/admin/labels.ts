import type { Label, Schema } from '@cadre/ui';
import { GROUP_LABELS, SUBJECT_LABELS } from './rules.ts';

// What the plugin's enums are called where only the pages name them. The names the server's rules
// also use (stages, kinds, groups, subjects, consequences) come from the domain through `rules.ts`.

/**
 * The domain writes some names for use inside a sentence (`superiors`, `public institution
 * staff`); on their own, as a column or an option, the English starts with a capital.
 */
function standalone<E extends string>(labels: Record<E, Label>): Record<E, Label> {
  const entries = Object.entries<Label>(labels).map(([key, { zh, en }]) => [
    key,
    { zh, en: en.charAt(0).toUpperCase() + en.slice(1) },
  ]);
  return Object.fromEntries(entries) as Record<E, Label>;
}

/** 领导干部, 公务员, 事业单位工作人员. */
export const groupNames = standalone(GROUP_LABELS);

/** 自我评价, 上级评价 … 满意度测评. */
export const subjectNames = standalone(SUBJECT_LABELS);

export const consequenceStatusLabels: Record<Schema.ConsequenceStatus, Label> = {
  PENDING: { zh: '待办理', en: 'Pending' },
  DONE: { zh: '已办理', en: 'Done' },
  DISMISSED: { zh: '不予办理', en: 'Dismissed' },
};

export const consequenceStatusColors: Record<Schema.ConsequenceStatus, string> = {
  PENDING: 'processing',
  DONE: 'success',
  DISMISSED: 'default',
};
