import { useState } from 'react';
import {
  Alert,
  App,
  type Breakpoint,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Skeleton,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
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
import { dateTime } from '../common/format.ts';
import { PermissionPicker } from '../common/permission-picker.tsx';
import { useApiKeysMessages } from './messages.ts';
import { ApiKeysPageQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './queries.ts';

type Data = DocumentType<typeof ApiKeysPageQuery>;

const WIDE: Breakpoint[] = ['xl'];
type ApiKey = Data['apiKeys'][number];

interface NewKey {
  name: string;
  permissions: string[];
  trustedOnly: boolean;
  rateLimitPerMinute: number;
  expiresAt?: Dayjs | null;
}

function useStatus() {
  const m = useApiKeysMessages();
  return (key: ApiKey) => {
    if (key.revokedAt) return <Tag>{m.revoked}</Tag>;
    if (key.expiresAt && new Date(key.expiresAt) <= new Date())
      return <Tag color="warning">{m.expired}</Tag>;
    return <Tag color="success">{m.active}</Tag>;
  };
}

/** The secret of a new key, shown once: copy it, then confirm it is stored. */
function SecretModal({
  issued,
  onClose,
}: {
  issued: { name: string; secret: string } | null;
  onClose(): void;
}) {
  const m = useApiKeysMessages();
  return (
    <Modal
      open={issued !== null}
      title={issued ? format(m.secretTitle, { name: issued.name }) : ''}
      closable={false}
      keyboard={false}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose}>
          {m.done}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={m.secretWarning} style={{ marginBottom: 16 }} />
      {issued && (
        <>
          <Typography.Text strong>{m.secretLabel}</Typography.Text>
          <Typography.Paragraph
            code
            data-testid="api-key-secret"
            style={{ wordBreak: 'break-all', fontSize: 15 }}
            copyable={{ text: issued.secret, tooltips: [m.copy, m.copied] }}
          >
            {issued.secret}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{m.secretUsage}</Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}

/** 接口密钥: partner systems' keys, issued with the issuer's own permissions and revoked at once. */
export default function ApiKeysPage() {
  const m = useApiKeysMessages();
  const { message } = App.useApp();
  const status = useStatus();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ApiKeysPageQuery });
  const [, createKey] = useMutation(CreateApiKeyMutation);
  const [, revokeKey] = useMutation(RevokeApiKeyMutation);
  const revokeErrors = useServerErrors();
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const held = new Set(data?.myPermissions ?? []);
  const grantable = (data?.permissions ?? []).filter((p) => held.has(p.key));

  const revoke = async (key: ApiKey) => {
    const revoked = revokeErrors.check(await revokeKey({ id: key.id }), 'revokeApiKey');
    if (revoked) void message.success(format(m.revokedDone, { name: key.name }));
  };

  return (
    <>
      <PageHeader
        title={m.title}
        intro={m.intro}
        actions={
          <Button type="primary" onClick={() => setCreating(true)}>
            {m.createKey}
          </Button>
        }
      />
      <LoadError error={error} title={m.loadFailed} />
      <ServerErrorAlert errors={revokeErrors} />
      {fetching && !data && <Skeleton active />}
      {data && (
        <Table<ApiKey>
          rowKey="id"
          dataSource={data.apiKeys}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          // Fits a 1024 px window: names wrap, and the minor columns show from `xl` (1200 px) up.
          columns={[
            { key: 'name', title: m.name, dataIndex: 'name' },
            {
              key: 'prefix',
              title: m.prefix,
              render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text>,
            },
            { key: 'status', title: m.status, render: (_, k) => status(k) },
            {
              key: 'permissions',
              title: m.permissions,
              render: (_, k) => (
                <Typography.Text title={k.permissions.join('\n')}>
                  {format(m.permissionCount, { count: k.permissions.length })}
                </Typography.Text>
              ),
            },
            {
              key: 'trusted',
              title: m.trustedOnly,
              responsive: WIDE,
              render: (_, k) => (k.trustedOnly ? m.yes : m.no),
            },
            {
              key: 'rate',
              title: m.rateLimit,
              dataIndex: 'rateLimitPerMinute',
              align: 'right',
              responsive: WIDE,
            },
            {
              key: 'expires',
              title: m.expiresAt,
              render: (_, k) => (k.expiresAt ? dateTime(k.expiresAt) : m.forever),
            },
            {
              key: 'used',
              title: m.lastUsed,
              render: (_, k) => (k.lastUsedAt ? dateTime(k.lastUsedAt) : m.never),
            },
            {
              key: 'created',
              title: m.createdAt,
              responsive: WIDE,
              render: (_, k) => dateTime(k.createdAt),
            },
            {
              key: 'actions',
              title: m.actions,
              render: (_, k) =>
                !k.revokedAt && (
                  <Popconfirm
                    title={format(m.revokeTitle, { name: k.name })}
                    description={<div style={{ maxWidth: 320 }}>{m.revokeText}</div>}
                    okText={m.revoke}
                    okButtonProps={{ danger: true }}
                    cancelText={m.cancel}
                    onConfirm={() => revoke(k)}
                  >
                    <Button size="small" danger aria-label={`${m.revoke} ${k.name}`}>
                      {m.revoke}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      )}

      <FormModal<NewKey>
        title={m.createKey}
        okText={m.create}
        open={creating}
        width={720}
        onClose={() => setCreating(false)}
        initialValues={{
          permissions: [],
          trustedOnly: false,
          rateLimitPerMinute: 120,
          expiresAt: null,
        }}
        onSubmit={async ({ expiresAt, ...input }, errors, idempotent) => {
          const created = errors.check(
            await createKey(
              {
                input: {
                  ...input,
                  // The end of the chosen day in China, where the departments work.
                  expiresAt: expiresAt ? `${expiresAt.format('YYYY-MM-DD')}T23:59:59+08:00` : null,
                },
              },
              idempotent,
            ),
            'createApiKey',
          );
          if (!created) return false;
          setIssued({ name: created.apiKey.name, secret: created.secret });
          refetch({ requestPolicy: 'network-only' });
          return true;
        }}
      >
        <Form.Item name="name" label={m.name} rules={[{ required: true, message: m.required }]}>
          <Input autoFocus placeholder={m.namePlaceholder} maxLength={60} />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={m.permissions}
          extra={m.permissionsHelp}
          rules={[{ required: true, type: 'array', min: 1, message: m.choosePermissions }]}
        >
          <PermissionPicker permissions={grantable} plugins={data?.district.plugins ?? []} />
        </Form.Item>
        <Form.Item name="expiresAt" label={m.expiresAt} extra={m.expiresHelp}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="rateLimitPerMinute"
          label={m.rateLimit}
          rules={[{ required: true, message: m.required }]}
        >
          <InputNumber step={10} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="trustedOnly"
          label={m.trustedOnly}
          extra={m.trustedOnlyHelp}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      </FormModal>

      <SecretModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
