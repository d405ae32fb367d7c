import { Alert, Empty, Flex, Statistic, Tag } from 'antd';
import { format } from '@cadre/ui';
import { useResultsMessages } from './messages.ts';
import type { UnitResults } from './queries.ts';

/**
 * The unit's indicator score against the loss limit (seed 004: 指标失分超过责任分值20%的, 取消
 * 评优资格并约谈), and what its loss called for.
 */
export function UnitStanding({ results }: { results: UnitResults }) {
  const m = useResultsMessages();
  const s = results.indicatorStanding;
  return (
    <Flex vertical gap={12}>
      {s ? (
        <Flex wrap gap={32} align="center">
          <Statistic title={m.responsibility} value={s.responsibility} />
          <Statistic title={m.score} value={s.score} />
          <Statistic title={m.loss} value={s.loss} />
          <Statistic title={m.lossShare} value={format(m.percent, { value: s.lossShare })} />
          {s.exceedsLimit ? (
            <Tag color="error">{format(m.overLimit, { limit: s.lossLimit })}</Tag>
          ) : (
            <Tag color="success">{format(m.withinLimit, { limit: s.lossLimit })}</Tag>
          )}
        </Flex>
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={format(m.noStanding, { year: results.year })}
        />
      )}
      {results.consequences.map((c) => (
        <Alert
          key={`${c.kindLabel}:${c.basis}`}
          type={c.pending ? 'warning' : 'info'}
          showIcon
          title={format(m.unitConsequence, {
            kind: c.kindLabel,
            status: c.statusLabel,
            basis: c.basis,
          })}
        />
      ))}
    </Flex>
  );
}
