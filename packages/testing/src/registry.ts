import type { GraphQLClient } from './graphql-client.ts';

// Small GraphQL helpers for tests that build units and cadres the way a client would.

export async function createUnit(
  client: GraphQLClient,
  input: { code: string; name: string; category?: string; parentId?: string | null },
): Promise<string> {
  const data = await client.data<{ createUnit: { data?: { id: string }; __typename: string } }>(
    `mutation ($code: String!, $name: String!, $category: UnitCategory!, $parentId: ID) {
      createUnit(code: $code, name: $name, category: $category, parentId: $parentId) {
        __typename ... on MutationCreateUnitSuccess { data { id } }
      }
    }`,
    { category: 'PARTY_GOVERNMENT_ORGAN', parentId: null, ...input },
  );
  if (!data.createUnit.data) throw new Error(`createUnit: ${data.createUnit.__typename}`);
  return data.createUnit.data.id;
}

const CADRE_RESULT = `
  __typename
  ... on MutationCreateCadreSuccess { data { id name age unit { name } } }
  ... on InputError { code issues { path code messageZh messageEn } }
  ... on Error { code messageZh messageEn }
`;

/** A valid record; tests override what they examine. */
export function cadreInput(unitId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: '张明',
    gender: 'MALE',
    ethnicity: '汉族',
    nativePlace: '江苏南京',
    birthDate: '1985-03-12',
    politicalStatus: 'CPC_MEMBER',
    partyJoinDate: '2006-06-01',
    workStartDate: '2007-07-01',
    fullTimeEducation: 'UNIVERSITY',
    fullTimeDegree: 'BACHELOR',
    identity: 'CIVIL_SERVANT',
    rank: 'LEADER_SECTION_DEPUTY',
    rankSince: '2018-05-01',
    managementAuthority: 'DISTRICT',
    unitId,
    ...overrides,
  };
}

export async function createCadre(client: GraphQLClient, input: Record<string, unknown>) {
  const data = await client.data<{
    createCadre: { __typename: string; data?: { id: string } } & Record<string, unknown>;
  }>(`mutation ($input: CadreInput!) { createCadre(input: $input) { ${CADRE_RESULT} } }`, {
    input,
  });
  return data.createCadre;
}

export async function cadreId(
  client: GraphQLClient,
  input: Record<string, unknown>,
): Promise<string> {
  const result = await createCadre(client, input);
  if (!result.data) throw new Error(`createCadre: ${JSON.stringify(result)}`);
  return result.data.id;
}

/** The row id inside a global id (`base64("Type:uuid")`), for comparing with the database. */
export function rowId(globalId: string): string {
  const [, id] = Buffer.from(globalId, 'base64').toString().split(':');
  if (!id) throw new Error(`not a global id: ${globalId}`);
  return id;
}

/** A well-formed global id of a row that may or may not exist. */
export const globalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`).toString('base64');
