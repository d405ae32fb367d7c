import { useState } from 'react';
import { App, Button, Flex, Form, Input, Select, Skeleton, Table, Tag } from 'antd';
import { useMutation, useQuery } from 'urql';
import {
  type DocumentType,
  format,
  LoadError,
  PageHeader,
  type Schema,
  ServerErrorAlert,
  useServerErrors,
  useViewer,
} from '@cadre/ui';
import { FormModal } from '../common/form-modal.tsx';
import { useUsersMessages } from './messages.ts';
import {
  CreateUserMutation,
  ResetSecondFactorMutation,
  SetUserRolesMutation,
  SetUserStatusMutation,
  UsersPageQuery,
} from './queries.ts';

type Data = DocumentType<typeof UsersPageQuery>;
type User = Data['users'][number];
interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roleIds: string[];
}
type Dialog = { kind: 'create' } | { kind: 'roles'; user: User } | null;

function RoleSelect(props: {
  id?: string;
  value?: string[];
  onChange?(value: string[]): void;
  roles: Data['roles'];
}) {
  const { roles, ...rest } = props;
  return (
    <Select
      {...rest}
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      options={roles.map((r) => ({ value: r.id, label: r.name }))}
    />
  );
}

/** 用户: the district's staff accounts, their roles and status. */
export default function UsersPage() {
  const m = useUsersMessages();
  const { viewer, can } = useViewer();
  const { modal, message } = App.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({ query: UsersPageQuery });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [, createUser] = useMutation(CreateUserMutation);
  const [, setUserRoles] = useMutation(SetUserRolesMutation);
  const [, setUserStatus] = useMutation(SetUserStatusMutation);
  const [, resetSecondFactor] = useMutation(ResetSecondFactorMutation);
  const statusErrors = useServerErrors();
  const roles = data?.roles ?? [];
  // What the server allows the reset with; the page itself needs the same permission today.
  const manage = can('core.user.manage');

  const setStatus = async (user: User, status: Schema.UserStatus, done: string) => {
    const result = statusErrors.check(
      await setUserStatus({ userId: user.id, status }),
      'setUserStatus',
    );
    if (result) void message.success(format(done, { name: user.displayName }));
  };
  const disable = (user: User) =>
    modal.confirm({
      title: format(m.disableTitle, { name: user.displayName }),
      content: m.disableText,
      okText: m.disable,
      okButtonProps: { danger: true },
      cancelText: m.cancel,
      onOk: () => setStatus(user, 'DISABLED', m.disabledDone),
    });
  const resetFactor = (user: User) =>
    modal.confirm({
      title: format(m.resetTitle, { name: user.displayName }),
      content: m.resetText,
      okText: m.resetSecondFactor,
      okButtonProps: { danger: true },
      cancelText: m.cancel,
      onOk: async () => {
        const result = statusErrors.check(
          await resetSecondFactor({ userId: user.id }),
          'resetSecondFactor',
        );
        if (result) void message.success(format(m.resetDone, { name: user.displayName }));
      },
    });

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
            {m.createUser}
          </Button>
        }
      />
      <LoadError error={error} title={m.loadFailed} />
      <ServerErrorAlert errors={statusErrors} />
      {fetching && !data && <Skeleton active />}
      {data && (
        <Table<User>
          rowKey="id"
          dataSource={data.users}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'username', title: m.username, dataIndex: 'username' },
            {
              key: 'name',
              title: m.displayName,
              render: (_, u) => `${u.displayName}${u.id === viewer.userId ? m.you : ''}`,
            },
            {
              key: 'roles',
              title: m.roles,
              render: (_, u) =>
                u.roles.length === 0
                  ? m.noRoles
                  : u.roles.map((r) => <Tag key={r.id}>{r.name}</Tag>),
            },
            { key: 'unit', title: m.unit, render: (_, u) => u.unit?.name ?? '—' },
            {
              key: 'status',
              title: m.status,
              render: (_, u) => (
                <Flex gap={4}>
                  {u.status === 'ACTIVE' ? (
                    <Tag color="success">{m.active}</Tag>
                  ) : (
                    <Tag>{m.disabled}</Tag>
                  )}
                  {u.locked && <Tag color="error">{m.locked}</Tag>}
                </Flex>
              ),
            },
            {
              key: 'secondFactor',
              title: m.secondFactor,
              render: (_, u) =>
                u.secondFactorEnrolled ? (
                  <Tag color="processing">{m.enrolled}</Tag>
                ) : (
                  <Tag>{m.notEnrolled}</Tag>
                ),
            },
            {
              key: 'actions',
              title: m.actions,
              render: (_, u) => (
                <Flex gap={4} wrap>
                  <Button size="small" onClick={() => setDialog({ kind: 'roles', user: u })}>
                    {m.setRoles}
                  </Button>
                  {u.locked && u.status === 'ACTIVE' && (
                    <Button
                      size="small"
                      onClick={() => void setStatus(u, 'ACTIVE', m.unlockedDone)}
                    >
                      {m.unlock}
                    </Button>
                  )}
                  {manage && u.secondFactorEnrolled && (
                    <Button size="small" onClick={() => resetFactor(u)}>
                      {m.resetSecondFactor}
                    </Button>
                  )}
                  {u.status === 'ACTIVE' ? (
                    u.id !== viewer.userId && (
                      <Button size="small" danger onClick={() => disable(u)}>
                        {m.disable}
                      </Button>
                    )
                  ) : (
                    <Button size="small" onClick={() => void setStatus(u, 'ACTIVE', m.enabledDone)}>
                      {m.enable}
                    </Button>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      )}

      <FormModal<NewUser>
        title={m.createUser}
        okText={m.create}
        open={dialog?.kind === 'create'}
        onClose={() => setDialog(null)}
        initialValues={{ roleIds: [] }}
        onSubmit={async (input, errors, idempotent) => {
          const user = errors.check(await createUser({ input }, idempotent), 'createUser');
          if (!user) return false;
          void message.success(format(m.created, { name: user.displayName }));
          refetch({ requestPolicy: 'network-only' });
          return true;
        }}
      >
        <Form.Item
          name="username"
          label={m.username}
          rules={[{ required: true, message: m.required }]}
        >
          <Input autoFocus autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={m.displayName}
          rules={[{ required: true, message: m.required }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="password"
          label={m.password}
          extra={m.passwordHelp}
          rules={[{ required: true, message: m.required }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="roleIds" label={m.roles}>
          <RoleSelect roles={roles} />
        </Form.Item>
      </FormModal>

      <FormModal<{ roleIds: string[] }>
        title={dialog?.kind === 'roles' ? `${m.setRoles} · ${dialog.user.displayName}` : m.setRoles}
        okText={m.save}
        open={dialog?.kind === 'roles'}
        onClose={() => setDialog(null)}
        initialValues={{
          roleIds: dialog?.kind === 'roles' ? dialog.user.roles.map((r) => r.id) : [],
        }}
        onSubmit={async ({ roleIds }, errors) => {
          if (dialog?.kind !== 'roles') return false;
          const user = errors.check(
            await setUserRoles({ userId: dialog.user.id, roleIds }),
            'setUserRoles',
          );
          if (!user) return false;
          void message.success(format(m.rolesSaved, { name: dialog.user.displayName }));
          return true;
        }}
      >
        <Form.Item name="roleIds" label={m.roles}>
          <RoleSelect roles={roles} />
        </Form.Item>
      </FormModal>
    </>
  );
}
