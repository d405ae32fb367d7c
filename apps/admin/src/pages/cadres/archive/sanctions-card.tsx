import type { ColumnsType } from 'antd/es/table';
import { useMutation } from 'urql';
import { sanctionKindLabels, useLabel } from '@cadre/ui';
import { useArchiveMessages } from './messages.ts';
import { ReasonModal } from './record-modal.tsx';
import { RecordStatus } from './record-status.tsx';
import { type RecordDialog, RecordsCard } from './records-card.tsx';
import { RevokeSanctionMutation, type Sanction } from './records-query.ts';
import { LiftModal, SanctionModal } from './sanction-modals.tsx';

/**
 * A14 惩戒, 组织处理 and 诫勉 with their influence periods: only for viewers with
 * core.sanction.read; corrected, lifted and revoked with core.sanction.write.
 */
export function SanctionsCard({
  cadreId,
  sanctions,
  canWrite,
  onChanged,
}: {
  cadreId: string;
  sanctions: readonly Sanction[];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const m = useArchiveMessages();
  const t = useLabel();
  const [, revoke] = useMutation(RevokeSanctionMutation);
  const live = (s: Sanction) => !s.revokedAt;
  const columns: ColumnsType<Sanction> = [
    { key: 'kind', title: m.kind, render: (_, s) => t(sanctionKindLabels[s.kind]) },
    { key: 'decided', title: m.decisionDate, dataIndex: 'decisionDate', width: 110 },
    { key: 'effective', title: m.effectiveDate, dataIndex: 'effectiveDate', width: 110 },
    { key: 'body', title: m.issuingBody, dataIndex: 'issuingBody' },
    { key: 'reason', title: m.sanctionReason, dataIndex: 'reason', ellipsis: true },
    {
      key: 'until',
      title: m.restrictedUntil,
      width: 110,
      render: (_, s) => (s.restrictionOpenEnded ? m.openEnded : (s.restrictedUntil ?? '—')),
    },
    { key: 'status', title: '', width: 130, render: (_, s) => <RecordStatus {...s} /> },
  ];
  const dialog = ({ key, record }: RecordDialog<Sanction>, close: () => void) => {
    const done = { onClose: close, onChanged };
    if (key === 'lift' && record) return <LiftModal sanction={record} {...done} />;
    if (key === 'revoke' && record)
      return (
        <ReasonModal
          title={m.revokeSanction}
          field="revokeCadreSanction"
          run={(reason: string) => revoke({ id: record.id, reason })}
          {...done}
        />
      );
    return <SanctionModal cadreId={cadreId} sanction={record} {...done} />;
  };
  return (
    <RecordsCard<Sanction>
      title={m.sanctions}
      records={sanctions}
      columns={columns}
      inactive={(s) => !live(s) || s.liftedOn !== null}
      canAdd={canWrite}
      actions={
        canWrite
          ? [
              { key: 'correct', label: m.correct, offered: live },
              { key: 'lift', label: m.lift, offered: (s) => live(s) && !s.liftedOn },
              { key: 'revoke', label: m.revoke, offered: live },
            ]
          : []
      }
      dialog={dialog}
    />
  );
}
