import { useEffect, useState } from 'react';
import {
  App,
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Row,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMutation, useQuery } from 'urql';
import {
  type DocumentType,
  format,
  LoadError,
  PageHeader,
  ServerErrorAlert,
  useServerErrors,
} from '@cadre/ui';
import { FormModal } from '../common/form-modal.tsx';
import { PermissionPicker } from '../common/permission-picker.tsx';
import { useRolesMessages } from './messages.ts';
import { CreateRoleMutation, RolesPageQuery, SetRoleGrantsMutation } from './queries.ts';

type Data = DocumentType<typeof RolesPageQuery>;
type Role = Data['roles'][number];

interface NewRole {
  key: string;
  nameZh: string;
  nameEn: string;
  copy: boolean;
}

/** The chosen role's permissions: read-only for a built-in role, editable for a custom one. */
function RoleGrants({ role, data }: { role: Role; data: Data }) {
  const m = useRolesMessages();
  const { message } = App.useApp();
  const errors = useServerErrors();
  const [{ fetching }, setGrants] = useMutation(SetRoleGrantsMutation);
  const held = role.permissions.map((p) => p.key);
  const [keys, setKeys] = useState(held);
  // Another role chosen, or this one saved: start from what it holds.
  useEffect(() => setKeys(role.permissions.map((p) => p.key)), [role]);
  const changed = keys.join() !== held.join();

  const save = async () => {
    const saved = errors.check(await setGrants({ roleId: role.id, grants: keys }), 'setRoleGrants');
    if (saved) void message.success(format(m.saved, { name: role.name }));
  };

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {role.name}
        </Typography.Title>
      }
      extra={
        !role.builtIn && (
          <Flex gap={8}>
            <Button disabled={!changed} onClick={() => setKeys(held)}>
              {m.reset}
            </Button>
            <Button
              type="primary"
              disabled={!changed}
              loading={fetching}
              onClick={() => void save()}
            >
              {m.save}
            </Button>
          </Flex>
        )
      }
    >
      <ServerErrorAlert errors={errors} />
      {role.builtIn && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={m.builtInNote}
          description={
            <Flex gap={4} wrap align="center">
              {m.grantRules}:
              {role.grants.map((g) => (
                <Tag key={g}>{g}</Tag>
              ))}
            </Flex>
          }
        />
      )}
      <Typography.Paragraph type="secondary">
        {format(m.selectedCount, { count: keys.length })}
      </Typography.Paragraph>
      <PermissionPicker
        id={`role-${role.key}`}
        permissions={data.permissions}
        plugins={data.district.plugins}
        value={keys}
        onChange={setKeys}
        disabled={role.builtIn}
      />
    </Card>
  );
}

/** 角色与权限: the district's roles and, for the chosen one, the permission catalog. */
export default function RolesPage() {
  const m = useRolesMessages();
  const { message } = App.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({ query: RolesPageQuery });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [, createRole] = useMutation(CreateRoleMutation);
  const selected = data?.roles.find((r) => r.id === selectedId) ?? null;

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.createRole}
          </Button>
        }
      />
      <LoadError error={error} title={m.loadFailed} />
      {fetching && !data && <Skeleton active />}
      {data && (
        <Row gutter={16}>
          <Col xs={24} lg={9}>
            <Card size="small" title={m.roles}>
              <Table<Role>
                size="small"
                rowKey="id"
                dataSource={data.roles}
                pagination={false}
                rowSelection={{
                  type: 'radio',
                  selectedRowKeys: selectedId ? [selectedId] : [],
                  onChange: (keys) => setSelectedId(keys[0] === undefined ? null : String(keys[0])),
                }}
                onRow={(r) => ({ onClick: () => setSelectedId(r.id) })}
                columns={[
                  {
                    key: 'name',
                    title: m.name,
                    render: (_, r) => (
                      <>
                        {r.name}{' '}
                        <Tag color={r.builtIn ? 'default' : 'processing'}>
                          {r.builtIn ? m.builtIn : m.custom}
                        </Tag>
                      </>
                    ),
                  },
                  {
                    key: 'count',
                    title: m.catalog,
                    render: (_, r) => format(m.permissionCount, { count: r.permissions.length }),
                  },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} lg={15}>
            {selected ? (
              <RoleGrants role={selected} data={data} />
            ) : (
              <Card>
                <Empty description={m.selectRole} />
              </Card>
            )}
          </Col>
        </Row>
      )}

      <FormModal<NewRole>
        title={m.createRole}
        okText={m.create}
        open={creating}
        onClose={() => setCreating(false)}
        initialValues={{ copy: false }}
        onSubmit={async ({ copy, ...names }, errors, idempotent) => {
          const grants = copy && selected ? selected.permissions.map((p) => p.key) : [];
          const role = errors.check(
            await createRole({ input: { ...names, grants } }, idempotent),
            'createRole',
          );
          if (!role) return false;
          void message.success(format(m.created, { name: role.name }));
          refetch({ requestPolicy: 'network-only' });
          setSelectedId(role.id);
          return true;
        }}
      >
        <Form.Item name="nameZh" label={m.nameZh} rules={[{ required: true, message: m.required }]}>
          <Input autoFocus maxLength={40} />
        </Form.Item>
        <Form.Item name="nameEn" label={m.nameEn} rules={[{ required: true, message: m.required }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="key"
          label={m.key}
          extra={m.keyHelp}
          rules={[{ required: true, message: m.required }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        {selected && (
          <Form.Item name="copy" valuePropName="checked">
            <Checkbox>{format(m.copyFrom, { name: selected.name })}</Checkbox>
          </Form.Item>
        )}
      </FormModal>
    </>
  );
}
