import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import {
  CadreSearch,
  type DocumentType,
  format,
  labelOptions,
  LoadError,
  mutationOutcome,
  type Outcome,
  type Schema,
  useLabel,
  useViewer,
} from '@cadre/ui';
import { teamRoleLabels } from '../common/code-lists.ts';
import { FormModal } from '../common/form-modal.tsx';
import { useUnitsMessages } from './messages.ts';
import {
  AddTeamMemberMutation,
  RemoveTeamMemberMutation,
  ReorderTeamMembersMutation,
  type UnitTeamFragment,
  UnitTeamsQuery,
} from './queries.ts';
import type { UnitNode } from './use-unit-tree.ts';

type Team = DocumentType<typeof UnitTeamFragment>;
type Member = Team['members'][number];

/** 班子结构 in one line: size, average age, women, Party members. */
function StructureLine({ structure }: { structure: NonNullable<Team['structure']> }) {
  const m = useUnitsMessages();
  if (structure.total === 0) return null;
  const women = structure.byGender.find((g) => g.gender === 'FEMALE')?.count ?? 0;
  const party =
    structure.byPoliticalStatus.find((p) => p.politicalStatus === 'CPC_MEMBER')?.count ?? 0;
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
      {format(m.teamStructure, {
        total: structure.total,
        age: structure.averageAge ?? '—',
        women,
        party,
      })}
    </Typography.Paragraph>
  );
}

/** One team's members in order; the writable see buttons to move and remove them. */
function MembersTable({ team, onChanged }: { team: Team; onChanged(): void }) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { message } = App.useApp();
  const [, reorder] = useMutation(ReorderTeamMembersMutation);
  const [, remove] = useMutation(RemoveTeamMemberMutation);
  const writable = can('core.unit.write');

  /** A refusal shows its message; success reloads the teams. */
  const done = (outcome: Outcome<unknown>, success?: string) => {
    if (!outcome.ok) return void message.error(t(outcome.error.message));
    if (success) void message.success(success);
    onChanged();
  };
  const move = async (index: number, by: -1 | 1) => {
    const ids = team.members.map((member) => member.id);
    const [moved] = ids.splice(index, 1);
    if (moved) ids.splice(index + by, 0, moved);
    done(mutationOutcome(await reorder({ teamId: team.id, memberIds: ids }), 'reorderTeamMembers'));
  };

  return (
    <Table<Member>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={team.members}
      locale={{ emptyText: m.noMembers }}
      columns={[
        { key: 'order', title: m.order, width: 64, render: (_, _member, index) => index + 1 },
        {
          key: 'name',
          title: m.cadre,
          render: (_, member) => <Link to={`/cadres/${member.cadre.id}`}>{member.cadre.name}</Link>,
        },
        { key: 'post', title: m.postTitle, dataIndex: 'postTitle' },
        {
          key: 'role',
          title: m.role,
          width: 80,
          render: (_, member) => (
            <Tag color={member.role === 'PRINCIPAL' ? 'red' : undefined}>
              {t(teamRoleLabels[member.role])}
            </Tag>
          ),
        },
        { key: 'age', title: m.age, width: 64, render: (_, member) => member.cadre.age },
        ...(writable
          ? [
              {
                key: 'actions',
                title: m.actions,
                width: 200,
                render: (_: unknown, member: Member, index: number) => (
                  <Flex gap={4}>
                    <Button
                      size="small"
                      type="link"
                      disabled={index === 0}
                      aria-label={`${m.moveUp} ${member.cadre.name}`}
                      onClick={() => void move(index, -1)}
                    >
                      {m.moveUp}
                    </Button>
                    <Button
                      size="small"
                      type="link"
                      disabled={index === team.members.length - 1}
                      aria-label={`${m.moveDown} ${member.cadre.name}`}
                      onClick={() => void move(index, 1)}
                    >
                      {m.moveDown}
                    </Button>
                    <Popconfirm
                      title={format(m.removeMemberConfirm, {
                        name: member.cadre.name,
                        team: team.name,
                      })}
                      okButtonProps={{ danger: true }}
                      onConfirm={async () =>
                        done(
                          mutationOutcome(await remove({ id: member.id }), 'removeTeamMember'),
                          format(m.memberRemoved, { name: member.cadre.name, team: team.name }),
                        )
                      }
                    >
                      <Button
                        size="small"
                        type="link"
                        danger
                        aria-label={`${m.removeMember} ${member.cadre.name}`}
                      >
                        {m.removeMember}
                      </Button>
                    </Popconfirm>
                  </Flex>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

interface MemberValues {
  cadreId: string;
  role: Schema.TeamRole;
  postTitle: string;
}

function AddMemberModal({
  team,
  onClose,
  onDone,
}: {
  team: Team | null;
  onClose(): void;
  onDone(): void;
}) {
  const m = useUnitsMessages();
  const t = useLabel();
  const { message } = App.useApp();
  const [, add] = useMutation(AddTeamMemberMutation);
  return (
    <FormModal<MemberValues>
      title={`${m.addMember} · ${team?.name ?? ''}`}
      okText={m.addMember}
      open={team !== null}
      onClose={onClose}
      initialValues={{ role: 'MEMBER' }}
      onSubmit={async (values, errors, idempotent) => {
        if (!team) return false;
        const added = errors.check(
          await add({ teamId: team.id, input: values }, idempotent),
          'addTeamMember',
        );
        if (!added) return false;
        void message.success(format(m.memberAdded, { team: team.name }));
        onDone();
        return true;
      }}
    >
      <Form.Item name="cadreId" label={m.cadre} rules={[{ required: true, message: m.required }]}>
        <CadreSearch placeholder={m.cadreSearch} />
      </Form.Item>
      <Form.Item name="role" label={m.role} rules={[{ required: true, message: m.required }]}>
        <Select options={labelOptions(teamRoleLabels, t)} />
      </Form.Item>
      <Form.Item
        name="postTitle"
        label={m.postTitle}
        rules={[{ required: true, message: m.required }]}
      >
        <Input placeholder={m.postTitlePlaceholder} maxLength={40} />
      </Form.Item>
    </FormModal>
  );
}

/** 领导班子 of a unit: each team's members in order, adding, moving and removing them. */
export function TeamsSection({ unit }: { unit: UnitNode }) {
  const m = useUnitsMessages();
  const { can } = useViewer();
  const [adding, setAdding] = useState<Team | null>(null);
  const [{ data, error }, refetch] = useQuery({
    query: UnitTeamsQuery,
    variables: { id: unit.id, withStructure: can('core.cadre.read') },
  });
  // A team created on the page answers with the unit, which refetches this query too (urql's
  // document cache drops results holding a type a mutation returned).
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const teams = data?.unit?.teams ?? [];

  return (
    <>
      <LoadError error={error} title={m.loadFailed} />
      {unit.teams.length === 0 && <Typography.Text type="secondary">{m.noTeams}</Typography.Text>}
      <Flex vertical gap={12}>
        {teams.map((team) => (
          <Card
            key={team.id}
            size="small"
            title={team.name}
            role="region"
            aria-label={team.name}
            extra={
              can('core.unit.write') &&
              can('core.cadre.read') && (
                <Button size="small" onClick={() => setAdding(team)}>
                  {m.addMember}
                </Button>
              )
            }
          >
            {team.structure && <StructureLine structure={team.structure} />}
            <MembersTable team={team} onChanged={reload} />
          </Card>
        ))}
      </Flex>
      <AddMemberModal team={adding} onClose={() => setAdding(null)} onDone={reload} />
    </>
  );
}
