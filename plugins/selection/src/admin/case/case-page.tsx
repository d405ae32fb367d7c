import { Alert, Button, Result, Skeleton } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, LoadError, useLabel, usePageTitle } from '@cadre/ui';
import { caseIdOf } from '../common/case-id.ts';
import { dayText } from '../common/dates.ts';
import { useCommonMessages } from '../common/messages.ts';
import { isProcessStage, PROCESS_STAGES, STAGE_LABELS } from '../rules.ts';
import { CandidatesCard } from './candidates-card.tsx';
import { CaseHeader } from './case-header.tsx';
import { HistoryCard } from './history-card.tsx';
import { useCaseMessages } from './messages.ts';
import { NextSteps } from './next-steps.tsx';
import { progressOf } from './progress.ts';
import { SelectionCaseQuery } from './queries.ts';
import { StageTimeline } from './stage-timeline.tsx';
import { StepPanel } from './step-panel.tsx';
import './case.css';

/**
 * 选任事项办理: the case's steps as a timeline; the records of the step viewed (the current one
 * unless another reached step is picked, `?step=INSPECTION`) with its forms; the next steps, the
 * candidates and the full-process record beside them.
 */
export default function CasePage() {
  const m = useCaseMessages();
  const common = useCommonMessages();
  const t = useLabel();
  const id = caseIdOf(useParams().id ?? '');
  const [params, setParams] = useSearchParams();
  const [{ data, fetching, error }] = useQuery({ query: SelectionCaseQuery, variables: { id } });
  const c = data?.selectionCase;
  usePageTitle(c?.title);

  if (!data)
    return fetching ? <Skeleton active paragraph={{ rows: 12 }} /> : <LoadError error={error} />;
  if (!c)
    return (
      <Result
        status="404"
        title={common.notFound}
        extra={<Link to="/selection/cases">{common.backToList}</Link>}
      />
    );

  const history = c.workflowCase.history;
  const progress = progressOf(c.stage, history);
  const asked = params.get('step');
  const viewed =
    isProcessStage(asked) && PROCESS_STAGES.indexOf(asked) <= progress.index
      ? asked
      : progress.step;
  const view = (stage: string) =>
    setParams(stage === progress.step ? {} : { step: stage }, { replace: true });

  return (
    <>
      <CaseHeader selectionCase={c} />
      <LoadError error={error} />
      <StageTimeline history={history} progress={progress} viewed={viewed} onView={view} />
      {c.closed && (
        <Alert
          type={c.stage === 'FORMAL' ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={format(m.ended, {
            day: dayText(history.at(-1)?.at ?? c.createdAt),
            stage: t(STAGE_LABELS[c.stage]),
          })}
        />
      )}
      {viewed !== progress.step && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={format(m.viewing, {
            stage: t(STAGE_LABELS[viewed]),
            current: t(STAGE_LABELS[c.stage]),
          })}
          action={
            <Button size="small" onClick={() => view(progress.step)}>
              {m.backToCurrent}
            </Button>
          }
        />
      )}
      {/* The next step first in reading order, and on top where the columns stack (case.css). */}
      <div className="selection-case-layout">
        {!c.closed && (
          <div className="selection-case-next">
            <NextSteps selectionCase={c} />
          </div>
        )}
        <section className="selection-case-step" aria-label={t(STAGE_LABELS[viewed])}>
          <StepPanel
            stage={viewed}
            selectionCase={c}
            open={viewed === c.stage}
            district={data.district}
          />
        </section>
        <div className="selection-case-side">
          <CandidatesCard candidates={c.candidates} caseId={c.workflowCase.id} />
          <HistoryCard history={history} />
        </div>
      </div>
    </>
  );
}
