import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { type CombinedError, type DocumentInput, useQuery } from 'urql';

// A round may be as large as a district's civil servants, and the connection answers at most a
// page of them a request; the grid, the ranking and the 优秀 cap look at every participant. So the
// pages are read one after another, each a query of its own that urql reads again after a
// mutation of the round.

interface Connection<N> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: N }[];
}

/** What a stage reads of its participants: a page query and where its connection is. */
export interface ParticipantsQuery<D, N> {
  /** A query of `assessmentRound(id: $id)` with `participants(first: …, after: $after)`. */
  document: DocumentInput<D, { id: string; after?: string | null }>;
  connectionOf: (data: D) => Connection<N> | null | undefined;
}

interface Page<N> {
  after: string | null;
  nodes: readonly N[];
  next: string | null;
}

type Report<N> = (index: number, page: Page<N> | CombinedError) => void;

function ParticipantPage<D, N>({
  query,
  roundId,
  index,
  after,
  report,
}: {
  query: ParticipantsQuery<D, N>;
  roundId: string;
  index: number;
  after: string | null;
  report: Report<N>;
}) {
  const [{ data, error }] = useQuery({ query: query.document, variables: { id: roundId, after } });
  const connection = data ? query.connectionOf(data) : undefined;
  const next = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  useEffect(() => {
    if (error) report(index, error);
    else if (connection) report(index, { after, nodes: connection.edges.map((e) => e.node), next });
  }, [error, connection, after, next, index, report]);
  return next ? (
    <ParticipantPage
      query={query}
      roundId={roundId}
      index={index + 1}
      after={next}
      report={report}
    />
  ) : null;
}

/**
 * Every participant of the round in the connection's order: `participants` once all pages have
 * come (undefined before), `error` when one did not, and `loader`, which the caller renders
 * anywhere (it draws nothing; it holds the page queries).
 */
export function useParticipantPages<D, N>(
  query: ParticipantsQuery<D, N>,
  roundId: string,
): { participants: N[] | undefined; error: CombinedError | undefined; loader: ReactNode } {
  const [pages, setPages] = useState<Record<number, Page<N>>>({});
  const [error, setError] = useState<CombinedError>();
  const report = useCallback<Report<N>>((index, page) => {
    if ('nodes' in page) setPages((all) => ({ ...all, [index]: page }));
    else setError(page);
  }, []);
  const participants = useMemo(() => {
    const all: N[] = [];
    // Follow the chain from the first page: a page read for a cursor that has moved on is stale.
    for (let index = 0, after: string | null = null; ; index += 1) {
      const page: Page<N> | undefined = pages[index];
      if (!page || page.after !== after) return undefined;
      all.push(...page.nodes);
      if (!page.next) return all;
      after = page.next;
    }
  }, [pages]);
  const loader = (
    <ParticipantPage query={query} roundId={roundId} index={0} after={null} report={report} />
  );
  return { participants, error, loader };
}
