import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { format, useLabel } from '@cadre/ui';
import { publicityStatusLabels } from '../../../labels.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { usePublicityMessages } from './messages.ts';
import { Objections } from './objections.tsx';
import { PublicityQuery } from './queries.ts';

/** 任前公示: its period on the working-day calendar and the objections received meanwhile. */
export function PublicityPanel({ selectionCase: c, open }: StepProps) {
  const m = usePublicityMessages();
  const t = useLabel();
  const [{ data, error }] = useQuery({ query: PublicityQuery, variables: { id: c.id } });
  const records = data?.selectionCase;
  if (!records) return <StepLoad error={error} />;
  const publicity = records.publicity;
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.publicity}>
        {publicity ? (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'starts', label: m.startsOn, children: publicity.startsOn },
              {
                key: 'days',
                label: m.workingDays,
                children: format(m.days, { days: publicity.workingDays }),
              },
              { key: 'ends', label: m.endsOn, children: publicity.endsOn },
              {
                key: 'status',
                label: m.status,
                children: (
                  <Tag color={publicity.status === 'ENDED' ? 'success' : 'processing'}>
                    {t(publicityStatusLabels[publicity.status])}
                  </Tag>
                ),
              },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">{m.notStarted}</Typography.Text>
        )}
      </Card>
      <Objections selectionCase={c} objections={records.objections} open={open} />
    </Flex>
  );
}
