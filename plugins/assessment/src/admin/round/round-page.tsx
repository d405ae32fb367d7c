import { Alert } from 'antd';
import dayjs from 'dayjs';
import { useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import {
  CaseMissing,
  format,
  HistoryCard,
  LoadError,
  NextSteps,
  OtherStageAlert,
  StageTimeline,
  useLabel,
  usePageTitle,
} from '@cadre/ui';
import { useCommonMessages } from '../common/messages.ts';
import { ROUND_STAGE_LABELS, ROUND_STAGES, type RoundStage } from '../rules.ts';
import { useRoundMessages } from './messages.ts';
import { progressOf, viewedStage } from './progress.ts';
import { AssessmentRoundQuery } from './queries.ts';
import { RoundHeader } from './round-header.tsx';
import { StepPanel } from './step-panel.tsx';
import './round.css';

/** 定档 writes the grades to the archive: the allocation stage's own button takes it. */
const TAKEN_IN_STAGE = new Set(['conclude']);

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
  const [result] = useQuery({ query: AssessmentRoundQuery, variables: { id } });
  const { data, error } = result;
  const round = data?.assessmentRound;
  usePageTitle(round?.title);

  if (!round) return <CaseMissing result={result} texts={common} to="/assessment/rounds" />;

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
      {/* 准备 → 测评打分 → 确定等次 → 结果运用 */}
      <StageTimeline
        label={m.timeline}
        stages={ROUND_STAGES}
        stageLabels={ROUND_STAGE_LABELS}
        history={history}
        progress={progress}
        viewed={viewed}
        viewedClassName="assessment-stage-viewed"
        onView={view}
      />
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
        <OtherStageAlert
          title={format(m.viewing, {
            stage: t(ROUND_STAGE_LABELS[viewed]),
            current: t(ROUND_STAGE_LABELS[round.stage]),
          })}
          back={m.backToCurrent}
          onBack={() => view(progress.stage)}
        />
      )}
      {!round.closed && (
        // A step taken in the stage says there what still stands in its way.
        <NextSteps
          plugin="assessment"
          workflowCase={round.workflowCase}
          version={round.version}
          takenInForms={TAKEN_IN_STAGE}
          inForm={m.inForm}
          formsSayRefusal
          style={{ marginBottom: 16 }}
        />
      )}
      <section aria-label={t(ROUND_STAGE_LABELS[viewed])} style={{ marginBottom: 16 }}>
        <StepPanel stage={viewed} round={round} open={viewed === round.stage} />
      </section>
      <HistoryCard history={history} stageLabels={ROUND_STAGE_LABELS} />
    </>
  );
}
