import { App, Button, Card, Flex, Form, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import {
  CadreSearch,
  format,
  rankLabels,
  ServerErrorAlert,
  StepForm,
  useLabel,
  useRecord,
} from '@cadre/ui';
import { WIDE } from '../../../common/columns.ts';
import { usePreparationMessages } from './messages.ts';
import { AddParticipantsMutation, type Participant, RemoveParticipantMutation } from './queries.ts';

/** 考核对象: who the round assesses; added and removed until scoring closes. */
export function ParticipantsCard({
  roundId,
  participants,
  editing,
}: {
  roundId: string;
  participants: readonly Participant[];
  /** Before allocation, for a viewer who may open rounds. */
  editing: boolean;
}) {
  const m = usePreparationMessages();
  const t = useLabel();
  const { modal } = App.useApp();
  const [form] = Form.useForm<{ cadreId: string }>();
  const adding = useRecord(AddParticipantsMutation, 'addRoundParticipants', form);
  const removing = useRecord(RemoveParticipantMutation, 'removeRoundParticipant');

  const add = async ({ cadreId }: { cadreId: string }) => {
    if (await adding.submit({ roundId, cadreIds: [cadreId] })) form.resetFields();
  };
  const confirmRemove = (p: Participant) =>
    modal.confirm({
      title: format(m.removeConfirm, { name: p.cadre.name }),
      okText: m.removeOk,
      okButtonProps: { danger: true },
      cancelText: m.cancel,
      onOk: () => removing.submit({ participantId: p.id }),
    });

  return (
    <Card size="small" title={format(m.participants, { count: participants.length })}>
      <Typography.Paragraph type="secondary">{m.participantsIntro}</Typography.Paragraph>
      {editing && (
        <StepForm<{ cadreId: string }>
          name="assessment-add-participant"
          layout="inline"
          form={form}
          errors={adding.errors}
          busy={adding.busy}
          submitText={m.addParticipant}
          onSubmit={add}
        >
          <Form.Item
            name="cadreId"
            label={m.cadre}
            rules={[{ required: true, message: m.cadreHint }]}
            style={{ marginBottom: 12 }}
          >
            <CadreSearch placeholder={m.cadreHint} />
          </Form.Item>
        </StepForm>
      )}
      <ServerErrorAlert errors={removing.errors} />
      <Table<Participant>
        size="small"
        rowKey="id"
        dataSource={[...participants]}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: m.noParticipants }}
        style={{ marginTop: 12 }}
        columns={[
          {
            key: 'name',
            title: m.colName,
            render: (_, p) => <Link to={`/cadres/${p.cadre.id}`}>{p.cadre.name}</Link>,
          },
          { key: 'unit', title: m.colUnit, render: (_, p) => p.unit.name },
          {
            key: 'rank',
            title: m.colRank,
            responsive: WIDE,
            render: (_, p) => t(rankLabels[p.cadre.rank]),
          },
          ...(editing
            ? [
                {
                  key: 'actions',
                  title: '',
                  width: 80,
                  render: (_: unknown, p: Participant) => (
                    <Flex>
                      <Button
                        size="small"
                        danger
                        aria-label={`${m.remove} ${p.cadre.name}`}
                        onClick={() => confirmRemove(p)}
                      >
                        {m.remove}
                      </Button>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
