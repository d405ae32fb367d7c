import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { format, RecordList, useLabel, useViewer } from '@cadre/ui';
import { consequenceStatusColors, consequenceStatusLabels } from '../../../labels.ts';
import { ASSESSMENT_PERMISSION as P } from '../../../permissions.ts';
import { CONSEQUENCE_LABELS } from '../../../rules.ts';
import { StepLoad } from '../step-load.tsx';
import type { StepProps } from '../step-props.ts';
import { ConsequenceActions } from './consequence-actions.tsx';
import { useConclusionMessages } from './messages.ts';
import { type Consequence, ConsequencesQuery } from './queries.ts';

/** 结果运用: the consequences the conclusion proposed, each acted on once. */
export function ConclusionPanel({ round }: StepProps) {
  const m = useConclusionMessages();
  const t = useLabel();
  const { can } = useViewer();
  const [{ data, error }] = useQuery({
    query: ConsequencesQuery,
    variables: { roundId: round.id },
  });
  if (!data) return <StepLoad error={error} />;
  const consequences = data.assessmentConsequences.edges.map((e) => e.node);
  const pending = consequences.filter((c) => c.status === 'PENDING').length;
  return (
    <RecordList<Consequence>
      title={pending > 0 ? `${m.title} · ${format(m.pending, { count: pending })}` : m.title}
      intro={m.intro}
      records={consequences}
      empty={m.none}
      row={(c) => ({
        subject: c.cadre ? (
          <Link to={`/cadres/${c.cadre.id}`}>{c.cadre.name}</Link>
        ) : (
          format(m.unitOnly, { unit: c.unit?.name ?? '' })
        ),
        meta: c.cadre && c.unit ? c.unit.name : undefined,
        tags: [
          { color: 'blue', label: t(CONSEQUENCE_LABELS[c.kind]) },
          { color: consequenceStatusColors[c.status], label: t(consequenceStatusLabels[c.status]) },
          c.rewardId !== null && { color: 'gold', label: m.rewardGranted },
        ],
        text: c.basis,
        followUp: c.actedOn
          ? { text: c.actionNote ?? t(consequenceStatusLabels[c.status]), on: c.actedOn }
          : null,
        action: c.status === 'PENDING' && can(P.actOnConsequence) && (
          <ConsequenceActions consequence={c} />
        ),
      })}
    />
  );
}
