import { format, PageHeader, useLabel } from '@cadre/ui';
import { StageTag } from '../common/stage-tag.tsx';
import { groupNames } from '../labels.ts';
import { KIND_LABELS } from '../rules.ts';
import { useRoundMessages } from './messages.ts';
import type { RoundDetail } from './queries.ts';

/** The round's title and stage; its year, kind, group and size; its period and weights. */
export function RoundHeader({ round: r }: { round: RoundDetail }) {
  const m = useRoundMessages();
  const t = useLabel();
  const lines = [
    format(m.intro, {
      year: r.year,
      kind: t(KIND_LABELS[r.kind]),
      group: t(groupNames[r.group]),
      count: r.participantCount,
    }),
    r.periodStart && r.periodEnd && format(m.period, { start: r.periodStart, end: r.periodEnd }),
    r.topic && format(m.topic, { topic: r.topic }),
    r.scopeUnit && format(m.scope, { unit: r.scopeUnit.name }),
    [
      r.dailyWeight > 0 && format(m.dailyWeight, { weight: r.dailyWeight }),
      r.unitResultWeight > 0 && format(m.unitWeight, { weight: r.unitResultWeight }),
      format(m.cap, { cap: r.excellentCapPercent }) +
        (r.capApproval ? format(m.capApproval, { approval: r.capApproval }) : ''),
    ]
      .filter(Boolean)
      .join(' · '),
  ];
  return (
    <PageHeader
      title={r.title}
      tags={<StageTag stage={r.stage} title={m.currentStage} />}
      intro={lines.filter(Boolean).map((line) => (
        <span key={line || ''} style={{ display: 'block' }}>
          {line}
        </span>
      ))}
    />
  );
}
