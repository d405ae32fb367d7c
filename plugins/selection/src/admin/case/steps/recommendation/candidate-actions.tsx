import { useState } from 'react';
import { Button, Form, Input, Space } from 'antd';
import { ServerErrorAlert } from '@cadre/ui';
import { useCommonMessages } from '../../../common/messages.ts';
import { RecordDialog } from '../../../common/record-dialog.tsx';
import { useRecord } from '../../../common/use-record.ts';
import { useRecommendationMessages } from './messages.ts';
import {
  DropCandidateMutation,
  ListCandidateMutation,
  type RecommendationCandidate,
} from './queries.ts';

/**
 * 列为考察对象, or not any more (with the reason). A refusal (votes not concentrated, a rule not
 * met) is shown in the reason the server gives.
 */
export function CandidateActions({ candidate }: { candidate: RecommendationCandidate }) {
  const m = useRecommendationMessages();
  const common = useCommonMessages();
  const listing = useRecord(ListCandidateMutation, 'listSelectionCandidate');
  const [dropForm] = Form.useForm<{ reason: string }>();
  const dropping = useRecord(DropCandidateMutation, 'dropSelectionCandidate', dropForm);
  const [askReason, setAskReason] = useState(false);
  const name = candidate.cadre.name;

  const drop = async ({ reason }: { reason: string }) => {
    if (await dropping.submit({ candidateId: candidate.id, reason })) setAskReason(false);
  };

  return (
    <>
      <Space wrap>
        {candidate.status !== 'LISTED' && (
          <Button
            size="small"
            type="primary"
            loading={listing.busy}
            onClick={() => void listing.submit({ candidateId: candidate.id })}
          >
            {m.list}
          </Button>
        )}
        {candidate.status !== 'DROPPED' && (
          <Button size="small" onClick={() => setAskReason(true)}>
            {m.drop}
          </Button>
        )}
      </Space>
      <ServerErrorAlert errors={listing.errors} />
      <RecordDialog<{ reason: string }>
        name={`selection-drop-${candidate.id}`}
        title={`${m.drop}：${name}`}
        okText={common.confirmOk}
        open={askReason}
        onClose={() => setAskReason(false)}
        form={dropForm}
        errors={dropping.errors}
        busy={dropping.busy}
        onSubmit={drop}
      >
        <Form.Item name="reason" label={m.dropReason} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
      </RecordDialog>
    </>
  );
}
