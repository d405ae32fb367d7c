import { Alert } from 'antd';
import { useQuery } from 'urql';
import { format, type Schema } from '@cadre/ui';
import { useCasesMessages } from './messages.ts';
import { MotionVacancyQuery } from './queries.ts';

/**
 * 职数: whether the chosen unit has a vacancy at the level of the chosen rank, as the server will
 * check it. Answers `hasVacancy` (null until both are chosen and the figures came).
 */
export function useMotionVacancy(unitId: string | undefined, rank: Schema.Rank | undefined) {
  const [{ data }] = useQuery({
    query: MotionVacancyQuery,
    variables: { unitId: unitId ?? '', rank: rank ?? 'LEADER_SECTION_DEPUTY' },
    pause: !unitId || !rank,
  });
  const figures = unitId && rank ? data?.unit?.quotaAtRank : undefined;
  return { figures, hasVacancy: figures ? figures.vacant > 0 : null };
}

export function MotionVacancy({
  figures,
}: {
  figures: ReturnType<typeof useMotionVacancy>['figures'];
}) {
  const m = useCasesMessages();
  if (!figures) return null;
  const vacant = figures.vacant > 0;
  return (
    <Alert
      role="status"
      type={vacant ? 'success' : 'warning'}
      showIcon
      title={format(vacant ? m.vacancyFound : m.vacancyNone, figures)}
      description={vacant ? undefined : m.vacancyNoneHint}
      style={{ marginBottom: 16 }}
    />
  );
}
