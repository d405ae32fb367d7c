import { App, Checkbox, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation } from 'urql';
import { labelOptions, rankLabels, type Schema, UnitSelect, useLabel, useViewer } from '@cadre/ui';
import { FormModal } from '../common/form-modal.tsx';
import { isoDay } from '../common/format.ts';
import { useProfileMessages } from './messages.ts';
import {
  AddCadrePostMutation,
  type CadreProfile,
  UpdateCadrePostMutation,
} from './profile-query.ts';

type Post = CadreProfile['posts'][number];

interface PostValues {
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
  unitId?: string | null;
  organization: string;
  title: string;
  rank?: Schema.Rank | null;
  grassRoots?: boolean;
}

const valuesOf = (p: Post): PostValues => ({
  ...p,
  startedOn: dayjs(p.startedOn),
  endedOn: p.endedOn ? dayjs(p.endedOn) : null,
  unitId: p.unit?.id,
});

/** Adds a post to the résumé (简历), or changes one: its period, where, what, and the rank held. */
export function PostModal({
  cadre,
  post,
  onClose,
  onChanged,
}: {
  cadre: CadreProfile;
  post?: Post;
  onClose: () => void;
  onChanged: () => void;
}) {
  const m = useProfileMessages();
  const t = useLabel();
  const { can } = useViewer();
  const { message } = App.useApp();
  const [, add] = useMutation(AddCadrePostMutation);
  const [, update] = useMutation(UpdateCadrePostMutation);
  const required = [{ required: true, message: m.required }];
  const verified = cadre.verifications.some((v) => v.fact === 'EXPERIENCE');
  return (
    <FormModal<PostValues>
      open
      title={post ? m.editPost : m.addPost}
      okText={m.save}
      width={640}
      initialValues={post ? valuesOf(post) : { grassRoots: false }}
      onClose={onClose}
      onSubmit={async ({ startedOn, endedOn, ...values }, errors, idempotent) => {
        const input = {
          ...values,
          startedOn: isoDay(startedOn),
          endedOn: endedOn ? isoDay(endedOn) : null,
        };
        const saved = post
          ? errors.check(await update({ id: post.id, input }), 'updateCadrePost')
          : errors.check(await add({ cadreId: cadre.id, input }, idempotent), 'addCadrePost');
        if (!saved) return false;
        void message.success(m.saved);
        onChanged();
        return true;
      }}
    >
      {verified && (
        <Typography.Paragraph type="warning">{m.postClearsVerification}</Typography.Paragraph>
      )}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="startedOn" label={m.postStarted} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endedOn" label={m.postEnded}>
            <DatePicker style={{ width: '100%' }} placeholder={m.postNow} />
          </Form.Item>
        </Col>
      </Row>
      {can('core.unit.read') && (
        <Form.Item name="unitId" label={m.postUnit}>
          <UnitSelect placeholder={m.postUnit} width="100%" />
        </Form.Item>
      )}
      <Form.Item name="organization" label={m.postOrganization} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="title" label={m.postTitle} rules={required}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="rank" label={m.postRank}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={labelOptions(rankLabels, t)}
        />
      </Form.Item>
      <Form.Item name="grassRoots" valuePropName="checked">
        <Checkbox>{m.grassRootsPost}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
