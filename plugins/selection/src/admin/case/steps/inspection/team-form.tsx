import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, List, Space, Tag, Typography } from 'antd';
import { StepForm, useLabel, useRecord, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { inspectionTeamProblems } from '../../../rules.ts';
import { type InspectionCase, SetTeamMutation } from './queries.ts';
import { RuleProblems } from '../rule-problems.tsx';
import { useInspectionMessages } from './messages.ts';

interface Member {
  name?: string;
  affiliation?: string;
  supervisor?: boolean;
}

/** 考察组: its members and the discipline supervisor (监督员), checked as they are entered. */
export function TeamForm({
  selectionCase: c,
  open,
}: {
  selectionCase: InspectionCase;
  open: boolean;
}) {
  const m = useInspectionMessages();
  const t = useLabel();
  const { can } = useViewer();
  const [form] = Form.useForm<{ members: Member[] }>();
  const record = useRecord(SetTeamMutation, 'setInspectionTeam', form);
  const editing = open && can(P.record);
  const typed = Form.useWatch('members', form);
  // Rows still blank are the form's to flag (a name is required), not the team rule's.
  const members = (editing && typed ? typed : c.teamMembers).flatMap((member) =>
    member.name?.trim() ? [{ name: member.name, supervisor: Boolean(member.supervisor) }] : [],
  );

  const submit = ({ members: entered }: { members: Member[] }) =>
    record.submit({
      caseId: c.id,
      members: entered.map((member) => ({
        name: member.name ?? '',
        affiliation: member.affiliation || null,
        supervisor: Boolean(member.supervisor),
      })),
    });

  return (
    <Card size="small" title={m.team}>
      <Typography.Paragraph type="secondary">{m.teamIntro}</Typography.Paragraph>
      <RuleProblems problems={inspectionTeamProblems(members).map(t)} ok={m.teamReady} />
      {editing ? (
        <StepForm<{ members: Member[] }>
          name="selection-team"
          form={form}
          errors={record.errors}
          busy={record.busy}
          submitText={m.saveTeam}
          onSubmit={submit}
          initialValues={{
            members:
              c.teamMembers.length > 0
                ? c.teamMembers.map(({ name, affiliation, supervisor }) => ({
                    name,
                    affiliation: affiliation ?? undefined,
                    supervisor,
                  }))
                : [{}, {}],
          }}
        >
          <Form.List name="members">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item
                      name={[field.name, 'name']}
                      rules={[{ required: true, message: m.memberName }]}
                    >
                      <Input
                        placeholder={m.memberName}
                        aria-label={`${m.memberName} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'affiliation']}>
                      <Input
                        placeholder={m.affiliation}
                        aria-label={`${m.affiliation} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'supervisor']} valuePropName="checked">
                      <Checkbox>{m.supervisor}</Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={`${m.removeMember} ${index + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  </Space>
                ))}
                <Form.Item>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {m.addMember}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        </StepForm>
      ) : (
        <List
          size="small"
          dataSource={c.teamMembers}
          renderItem={(member) => (
            <List.Item>
              {member.name}
              {member.affiliation && (
                <Typography.Text type="secondary">（{member.affiliation}）</Typography.Text>
              )}
              {member.supervisor && <Tag color="blue">{m.supervisor}</Tag>}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
