import { Card, Flex, List, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { format, useViewer } from '@cadre/ui';
import { SELECTION_PERMISSION as P } from '../../../permissions.ts';
import { StepLoad } from '../step-load.tsx';
import { candidatesIn, type StepProps } from '../step-props.ts';
import { AppointForm } from './appoint-form.tsx';
import { useAppointmentMessages } from './messages.ts';
import { AppointmentQuery } from './queries.ts';
import { TalkForm } from './talk-form.tsx';

/** 任职: the talk with each approved candidate, then the appointment document. */
export function AppointmentPanel({ selectionCase, open }: StepProps) {
  const m = useAppointmentMessages();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({
    query: AppointmentQuery,
    variables: { id: selectionCase.id },
  });
  const c = data?.selectionCase;
  if (!c) return <StepLoad error={error} />;
  const candidates = candidatesIn(c, ['APPROVED', 'APPOINTED']);
  const appointed = candidates.filter((candidate) => candidate.appointment?.documentNumber);
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={m.talks}>
        <List
          dataSource={candidates}
          locale={{ emptyText: m.noApproved }}
          renderItem={(candidate) => (
            <List.Item>
              <List.Item.Meta
                title={candidate.cadre.name}
                description={
                  <TalkForm
                    candidate={candidate}
                    editing={open && can(P.record) && candidate.status === 'APPROVED'}
                  />
                }
              />
            </List.Item>
          )}
        />
      </Card>
      {open && can(P.appoint) && candidates.length > 0 && (
        <AppointForm selectionCase={selectionCase} publicityEnd={c.publicity?.endsOn} />
      )}
      {appointed.length > 0 && (
        <Card size="small" title={m.appoint}>
          {appointed.map(({ id, cadre, appointment: a }) => (
            <Typography.Paragraph key={id}>
              {format(m.appointed, {
                name: cadre.name,
                number: a?.documentNumber ?? '',
                day: a?.effectiveOn ?? '',
              })}{' '}
              {a?.fromReservePool && <Tag color="blue">{m.fromPool}</Tag>}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
    </Flex>
  );
}
