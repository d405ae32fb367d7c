import { Descriptions } from 'antd';
import { format, rankLabels, useLabel } from '@cadre/ui';
import { dayText } from '../../../common/dates.ts';
import { useCommonMessages } from '../../../common/messages.ts';
import { ADJUSTMENT_TYPE_LABELS } from '../../../rules.ts';
import type { CaseDetail } from '../../queries.ts';
import { useMotionMessages } from './messages.ts';

/** 动议: the post, the unit's quota when it was moved, and why. */
export function MotionFacts({ selectionCase: c }: { selectionCase: CaseDetail }) {
  const m = useMotionMessages();
  const common = useCommonMessages();
  const t = useLabel();
  const yesNo = (value: boolean) => (value ? common.yes : common.no);
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'unit', label: m.unit, children: c.unit.name },
        { key: 'post', label: m.post, children: c.postTitle },
        { key: 'rank', label: m.rank, children: t(rankLabels[c.targetRank]) },
        { key: 'type', label: m.type, children: t(ADJUSTMENT_TYPE_LABELS[c.adjustmentType]) },
        { key: 'posts', label: m.posts, children: c.posts },
        { key: 'opened', label: m.opened, children: dayText(c.createdAt) },
        { key: 'important', label: m.important, children: yesNo(c.importantPost) },
        { key: 'principal', label: m.principal, children: yesNo(c.principalPost) },
        {
          key: 'quota',
          label: m.quota,
          children: format(m.quotaFigures, { approved: c.quotaApproved, filled: c.quotaFilled }),
        },
        ...(c.quotaJustification
          ? [{ key: 'justification', label: m.justification, children: c.quotaJustification }]
          : []),
        { key: 'analysis', label: m.analysis, span: 'filled' as const, children: c.analysisNote },
      ]}
    />
  );
}
