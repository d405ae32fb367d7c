import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** A page's heading (its one `h1`) with tags beside it, a line about it, and its main actions. */
export function PageHeader({
  title,
  intro,
  tags,
  actions,
}: {
  title: string;
  intro?: ReactNode;
  tags?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="flex-start" gap={16} wrap style={{ marginBottom: 16 }}>
      <div style={{ flex: '1 1 420px' }}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {title}
          </Typography.Title>
          {tags}
        </Flex>
        {intro && (
          <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }}>
            {intro}
          </Typography.Paragraph>
        )}
      </div>
      {actions && (
        <Flex gap={8} wrap>
          {actions}
        </Flex>
      )}
    </Flex>
  );
}
