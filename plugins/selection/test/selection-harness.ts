import { formatDate, todayInChina } from '@cadre/core';
import {
  cadreId,
  cadreInput,
  coreWrites,
  createUnit,
  type GraphQLClient,
  mutate as mutateWith,
  type MutationResult as Result,
  refusedUnchanged,
} from '@cadre/testing';
// A real gateway over HTTP on a fresh database for the test file.
import { useGateway, type Harness } from '@cadre/testing/gateway';
import { selectionPlugin } from '../src/index.ts';

export { ok, transitionCase as transition } from '@cadre/testing';
export { staffOf } from '@cadre/testing/gateway';
export type { Harness };

/** A gateway with the plugin installed, switched on in district A and off in district B. */
export const useSelectionGateway = () => useGateway([selectionPlugin], {}, { a: ['selection'] });

/** A day relative to today in China, as GraphQL takes dates. */
export const day = (offset: number) =>
  formatDate(new Date(todayInChina().getTime() + offset * 86_400_000));

export interface CaseView {
  id: string;
  title: string;
  stage: string;
  version: number;
  overQuota: boolean;
  candidates: { id: string; status: string; inReservePool: boolean; cadre: { id: string } }[];
  workflowCase: { id: string; availableTransitions: { name: string; refusal: string | null }[] };
}

export type MutationResult = Result<CaseView>;

const CASE = `id title stage version overQuota
  candidates { id status inReservePool cadre { id } }
  workflowCase { id availableTransitions { name refusal } }`;

/** Runs a selection mutation (`name(args)`) and returns its typed result. */
export const mutate = (
  client: GraphQLClient,
  name: string,
  signature: string,
  args: string,
  variables: Record<string, unknown>,
): Promise<MutationResult> => mutateWith(client, name, signature, args, CASE, variables);

export async function readCase(client: GraphQLClient, id: string): Promise<CaseView> {
  const { selectionCase } = await client.data<{ selectionCase: CaseView | null }>(
    `query ($id: ID!) { selectionCase(id: $id) { ${CASE} } }`,
    { id },
  );
  if (!selectionCase) throw new Error(`case ${id} not found`);
  return selectionCase;
}

/**
 * Everything a refused step could have written: the audit chain's length and every row of the
 * plugin's tables, of core's cases and of the cadres it changes. A refusal leaves all of it so.
 */
export function writes(h: Harness) {
  return h.db.asOwner(async (tx) => {
    const all = { orderBy: { id: 'asc' as const } };
    return {
      ...(await coreWrites(tx)),
      checks: await tx.integrityCheckRecord.count(),
      selectionCases: await tx.selectionCase.findMany(all),
      candidates: await tx.selectionCandidate.findMany(all),
      rounds: await tx.recommendationRound.count(),
      votes: await tx.recommendationVote.count(),
      signed: await tx.signedRecommendation.count(),
      inspections: await tx.inspection.findMany({ orderBy: { caseId: 'asc' } }),
      team: await tx.inspectionTeamMember.count(),
      evaluations: await tx.inspectionEvaluation.count(),
      fourMusts: await tx.fourMustRecord.findMany(all),
      opinions: await tx.deliberationOpinion.findMany(all),
      reports: await tx.deliberationReport.findMany(all),
      meetings: await tx.decisionMeeting.findMany(all),
      decisionVotes: await tx.decisionVote.count(),
      publicity: await tx.publicity.findMany({ orderBy: { caseId: 'asc' } }),
      objections: await tx.publicityObjection.findMany(all),
      appointments: await tx.appointment.findMany(all),
      probations: await tx.probation.findMany(all),
      dueItems: await tx.dueItem.findMany(all),
      cadres: await tx.cadre.findMany(all),
      posts: await tx.cadrePost.findMany(all),
      poolEntries: await tx.reservePoolEntry.count(),
    };
  });
}

/** Expects `attempt` to be refused with `code` and to have written nothing at all. */
export async function refusedWithoutWrites(
  h: Harness,
  code: string,
  attempt: () => Promise<{ __typename: string; code?: string }>,
): Promise<void> {
  await refusedUnchanged(() => writes(h), code, attempt);
}

/** A unit of district A with `approved` section-deputy leadership posts, and a reserve pool. */
export async function unitWithQuota(client: GraphQLClient, code: string, approved: number) {
  const unitId = await createUnit(client, { code, name: `${code}街道`, category: 'SUBDISTRICT' });
  await client.data(
    `mutation ($u: ID!, $n: Int!) { setPostQuota(unitId: $u, level: SECTION_DEPUTY,
      leadership: true, approved: $n) { __typename } }`,
    { u: unitId, n: approved },
  );
  return unitId;
}

/** A cadre eligible for a section-deputy post, in a reserve pool when `poolId` is given. */
export async function eligibleCadre(
  client: GraphQLClient,
  unitId: string,
  name: string,
  options: { poolId?: string; overrides?: Record<string, unknown> } = {},
): Promise<string> {
  const id = await cadreId(
    client,
    cadreInput(unitId, { name, rank: 'PRINCIPAL_STAFF_2', ...options.overrides }),
  );
  if (options.poolId) {
    await client.data(
      `mutation ($p: ID!, $c: ID!) { addReservePoolEntry(poolId: $p, cadreId: $c,
        input: { source: "民主推荐", enteredOn: "2024-01-01", nextReviewOn: "2027-01-01" }) { __typename } }`,
      { p: options.poolId, c: id },
    );
  }
  return id;
}

export async function reservePool(client: GraphQLClient, name: string): Promise<string> {
  const { createReservePool } = await client.data<{ createReservePool: { data?: { id: string } } }>(
    `mutation ($n: String!) { createReservePool(name: $n, kind: RESERVE) {
      ... on MutationCreateReservePoolSuccess { data { id } } } }`,
    { n: name },
  );
  if (!createReservePool.data) throw new Error('createReservePool failed');
  return createReservePool.data.id;
}
