import { Space, Tag } from 'antd';
import { useCommonMessages } from './messages.ts';

/** What sets a case apart: an important post, a principal post, a motion beyond the quota. */
export function CaseTags({
  importantPost,
  principalPost,
  overQuota,
}: {
  importantPost: boolean;
  principalPost: boolean;
  overQuota: boolean;
}) {
  const m = useCommonMessages();
  if (!importantPost && !principalPost && !overQuota) return null;
  return (
    <Space size={4} wrap>
      {importantPost && <Tag color="gold">{m.importantPost}</Tag>}
      {principalPost && <Tag color="purple">{m.principalPost}</Tag>}
      {overQuota && <Tag color="red">{m.overQuota}</Tag>}
    </Space>
  );
}
