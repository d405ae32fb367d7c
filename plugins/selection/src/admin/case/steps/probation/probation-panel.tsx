import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { format, useLabel, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { probationResultLabels } from '../../../labels.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { ConclusionForm } from './conclusion-form.tsx';
import { useProbationMessages } from './messages.ts';
import { ProbationQuery } from './queries.ts';

/** 试用期: a year for each promoted appointee, then the assessment that ends the case. */
export function ProbationPanel({ selectionCase: c, open }: StepProps) {
  const m = useProbationMessages();
  const t = useLabel();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({ query: ProbationQuery, variables: { id: c.id } });
  const candidates = data?.selectionCase?.candidates;
  if (!candidates) return <StepLoad error={error} />;
  const onProbation = candidates.filter((candidate) => candidate.probation);
  if (onProbation.length === 0) return <Empty description={m.noProbation} />;
  return (
    <Flex vertical gap={16}>
      {open && <Typography.Paragraph type="secondary">{m.concludeHint}</Typography.Paragraph>}
      {onProbation.map((candidate) => {
        const p = candidate.probation;
        if (!p) return null;
        return (
          <Card
            key={candidate.id}
            size="small"
            title={`${m.probation} · ${candidate.cadre.name}`}
            extra={
              <Tag color={p.ended ? 'default' : 'processing'}>{p.ended ? m.ended : m.running}</Tag>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                {
                  key: 'period',
                  label: m.probation,
                  children: format(m.period, { from: p.startsOn, to: p.endsOn }),
                },
                ...(p.result
                  ? [
                      {
                        key: 'result',
                        label: m.result,
                        children: (
                          <Tag color={p.result === 'PASS' ? 'success' : 'error'}>
                            {t(probationResultLabels[p.result])}
                          </Tag>
                        ),
                      },
                      { key: 'on', label: m.concludedOn, children: p.concludedOn ?? '—' },
                      {
                        key: 'assessment',
                        label: m.assessment,
                        span: 'filled' as const,
                        children: p.assessment,
                      },
                    ]
                  : []),
              ]}
            />
            {open && !p.result && can(P.appoint) && (
              <ConclusionForm candidate={candidate} version={c.version} />
            )}
          </Card>
        );
      })}
    </Flex>
  );
}
