import { useViewer } from '@cadre/ui';
import { FamilyCard } from './family-card.tsx';
import { GradesCard } from './grades-card.tsx';
import { RewardsCard } from './rewards-card.tsx';
import { SanctionsCard } from './sanctions-card.tsx';
import type { CadreRecords } from './use-cadre-records.ts';

/** 奖惩情况, 年度考核 and 家庭成员 on the profile; sanctions only for their readers. */
export function ArchiveRecords({ records, reload }: { records: CadreRecords; reload: () => void }) {
  const { can } = useViewer();
  const cadre = { cadreId: records.id, onChanged: reload, canWrite: can('core.cadre.write') };
  return (
    <>
      <RewardsCard {...cadre} rewards={records.rewards} />
      {records.sanctions && (
        <SanctionsCard
          {...cadre}
          sanctions={records.sanctions}
          canWrite={can('core.sanction.write')}
        />
      )}
      <GradesCard {...cadre} grades={records.annualGrades} />
      <FamilyCard {...cadre} members={records.familyMembers} />
    </>
  );
}
