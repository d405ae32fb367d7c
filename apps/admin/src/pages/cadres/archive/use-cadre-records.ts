import { useQuery } from 'urql';
import { useViewer } from '@cadre/ui';
import { CadreRecordsQuery } from './records-query.ts';

/**
 * A cadre's archive records; sanctions and restrictions only for viewers with core.sanction.read.
 * `reload` asks again after a write (a first record is in no cached list yet).
 */
export function useCadreRecords(cadreId: string) {
  const { can } = useViewer();
  const [{ data }, refetch] = useQuery({
    query: CadreRecordsQuery,
    variables: { id: cadreId, sanctions: can('core.sanction.read') },
  });
  return {
    records: data?.cadre ?? null,
    reload: () => refetch({ requestPolicy: 'network-only' }),
  };
}

export type CadreRecords = NonNullable<ReturnType<typeof useCadreRecords>['records']>;
