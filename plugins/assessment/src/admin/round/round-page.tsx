import { Alert, Button, Result, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, useLabel, usePageTitle } from '@cadre/ui';
import { useCommonMessages } from '../common/messages.ts';
import { ROUND_STAGE_LABELS, type RoundStage } from '../rules.ts';
import { HistoryCard } from './history-card.tsx';
import { useRoundMessages } from './messages.ts';
import { NextSteps } from './next-steps.tsx';
import { progressOf, viewedStage } from './progress.ts';
import { AssessmentRoundQuery } from './queries.ts';
import { RoundHeader } from './round-header.tsx';
import { StageTimeline } from './stage-timeline.tsx';
import { StepPanel } from './step-panel.tsx';
import './round.css';

/**
 * 考核办理: the round's stages as a timeline; the records of the stage viewed (the current one
 * unless another reached stage is picked, `?step=SCORING`) with its forms; the next steps above
 * and the full-process record below.
 */
export default function RoundPage() {
  const m = useRoundMessages();
  const common = useCommonMessages();
  const t = useLabel();
  const id = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: AssessmentRoundQuery, variables: { id } });
  const round = data?.assessmentRound;
  usePageTitle(round?.title);

  if (!data)
    return fetching ? <Skeleton active paragraph={{ rows: 12 }} /> : <LoadError error={error} />;
  if (!round)
    return (
      <Result
        status="404"
        title={common.notFound}
        extra={<Link to="/assessment/rounds">{common.backToList}</Link>}
      />
    );

  const history = round.workflowCase.history;
  const progress = progressOf(round.stage, history);
  const viewed = viewedStage(params.get('step'), progress);
  const view = (stage: RoundStage) =>
    setParams(stage === progress.stage ? {} : { step: stage }, { replace: true });
  const endedOn = dayjs(history.at(-1)?.at ?? round.createdAt).format('YYYY-MM-DD');

  return (
    <>
      <RoundHeader round={round} />
      <LoadError error={error} />
      <StageTimeline history={history} progress={progress} viewed={viewed} onView={view} />
      {round.closed && (
        <Alert
          type={round.stage === 'CONCLUDED' ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={format(round.stage === 'CONCLUDED' ? m.concluded : m.withdrawn, {
            day: round.concludedOn ?? endedOn,
          })}
        />
      )}
      {viewed !== progress.stage && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={format(m.viewing, {
            stage: t(ROUND_STAGE_LABELS[viewed]),
            current: t(ROUND_STAGE_LABELS[round.stage]),
          })}
          action={
            <Button size="small" onClick={() => view(progress.stage)}>
              {m.backToCurrent}
            </Button>
          }
        />
      )}
      {!round.closed && <NextSteps round={round} />}
      <section aria-label={t(ROUND_STAGE_LABELS[viewed])} style={{ marginBottom: 16 }}>
        <StepPanel stage={viewed} round={round} open={viewed === round.stage} />
      </section>
      <HistoryCard history={history} />
    </>
  );
}
