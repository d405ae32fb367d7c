import { Alert, Card, Tabs, Typography } from 'antd';
import { useQuery } from 'urql';
import { format, useLabel, useViewer } from '@cadre/ui';
import { subjectNames } from '../../../labels.ts';
import { ASSESSMENT_PERMISSION as P } from '../../../permissions.ts';
import { useParticipantPages } from '../participant-pages.tsx';
import { RoundSetupQuery } from '../queries.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { useScoringMessages } from './messages.ts';
import { SCORED_PARTICIPANTS } from './queries.ts';
import { ScoreGrid } from './score-grid.tsx';
import { SheetButtons } from './sheet-buttons.tsx';

/**
 * 测评打分: per evaluation subject a grid of the participants' scores on the items, with its score
 * sheet to download and import; how many participants are scored completely.
 */
export function ScoringPanel({ round, open }: StepProps) {
  const m = useScoringMessages();
  const t = useLabel();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({ query: RoundSetupQuery, variables: { id: round.id } });
  const people = useParticipantPages(SCORED_PARTICIPANTS, round.id);
  const setup = data?.assessmentRound;
  const participants = people.participants;
  const editing = open && can(P.score);
  if (!setup || !participants)
    return (
      <>
        {people.loader}
        <StepLoad error={error ?? people.error} />
      </>
    );
  const done = participants.filter((p) => p.complete).length;
  return (
    <>
      {people.loader}
      <Alert
        role="status"
        type={done === participants.length ? 'success' : 'info'}
        showIcon
        title={format(m.progress, { done, total: participants.length })}
        description={m.progressHint}
        style={{ marginBottom: 16 }}
      />
      <Card size="small">
        {setup.subjects.length === 0 ? (
          <Typography.Text type="secondary">{m.noSubjects}</Typography.Text>
        ) : (
          <Tabs
            items={setup.subjects.map((subject) => {
              const name = t(subjectNames[subject.kind]);
              return {
                key: subject.kind,
                label: format(m.subjectTab, { subject: name, weight: subject.weight }),
                children: (
                  <>
                    <Typography.Paragraph type="secondary">{m.sheetIntro}</Typography.Paragraph>
                    {editing && (
                      <SheetButtons roundId={round.id} subject={subject.kind} subjectName={name} />
                    )}
                    <ScoreGrid
                      roundId={round.id}
                      subject={subject}
                      items={setup.items}
                      participants={participants}
                      editing={editing}
                    />
                  </>
                ),
              };
            })}
          />
        )}
      </Card>
    </>
  );
}
