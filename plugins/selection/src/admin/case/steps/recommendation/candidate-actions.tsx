import { Button, Form, Input, Space } from 'antd';
import { RecordDialogButton, ServerErrorAlert, useRecord, useStepMessages } from '@cadre/ui';
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
  const step = useStepMessages();
  const listing = useRecord(ListCandidateMutation, 'listSelectionCandidate');
  return (
    <>
      {/* One above the other: the column stays narrow enough to show both whole. */}
      <Space orientation="vertical" size={4}>
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
          <RecordDialogButton
            name={`selection-drop-${candidate.id}`}
            label={m.drop}
            title={`${m.drop}：${candidate.cadre.name}`}
            okText={step.confirmOk}
            document={DropCandidateMutation}
            field="dropSelectionCandidate"
            variables={({ reason }: { reason: string }) => ({ candidateId: candidate.id, reason })}
          >
            <Form.Item name="reason" label={m.dropReason} rules={[{ required: true }]}>
              <Input.TextArea rows={3} maxLength={2000} autoFocus />
            </Form.Item>
          </RecordDialogButton>
        )}
      </Space>
      <ServerErrorAlert errors={listing.errors} />
    </>
  );
}
