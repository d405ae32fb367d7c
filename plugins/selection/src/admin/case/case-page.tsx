import { Alert } from 'antd';
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
import { caseIdOf } from '../common/case-id.ts';
import { dayText } from '../common/dates.ts';
import { useCommonMessages } from '../common/messages.ts';
import { isProcessStage, PROCESS_STAGES, STAGE_LABELS } from '../rules.ts';
import { CandidatesCard } from './candidates-card.tsx';
import { CaseHeader } from './case-header.tsx';
import { useCaseMessages } from './messages.ts';
import { progressOf } from './progress.ts';
import { SelectionCaseQuery } from './queries.ts';
import { StepPanel } from './step-panel.tsx';
import './case.css';

/**
 * Steps taken by a form of their own, since they carry its data (the first day of publicity, the
 * appointment document, the probation assessment); the others are taken in the next steps.
 */
const TAKEN_IN_FORMS = new Set([
  'start-publicity',
  'appoint-on-probation',
  'appoint',
  'confirm',
  'revert',
]);

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
  const [result] = useQuery({ query: SelectionCaseQuery, variables: { id } });
  const { data, error } = result;
  const c = data?.selectionCase;
  usePageTitle(c?.title);

  if (!data || !c) return <CaseMissing result={result} texts={common} to="/selection/cases" />;

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
      {/* 动议 → … → 试用期 */}
      <StageTimeline
        label={m.timeline}
        stages={PROCESS_STAGES}
        stageLabels={STAGE_LABELS}
        history={history}
        progress={progress}
        viewed={viewed}
        viewedClassName="selection-step-viewed"
        onView={view}
      />
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
        <OtherStageAlert
          title={format(m.viewing, {
            stage: t(STAGE_LABELS[viewed]),
            current: t(STAGE_LABELS[c.stage]),
          })}
          back={m.backToCurrent}
          onBack={() => view(progress.step)}
        />
      )}
      {/* The next step first in reading order, and on top where the columns stack (case.css). */}
      <div className="selection-case-layout">
        {!c.closed && (
          <div className="selection-case-next">
            <NextSteps
              plugin="selection"
              workflowCase={c.workflowCase}
              version={c.version}
              takenInForms={TAKEN_IN_FORMS}
              inForm={m.inForm}
              attachments
              vertical
            />
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
          <HistoryCard history={history} stageLabels={STAGE_LABELS} />
        </div>
      </div>
    </>
  );
}
