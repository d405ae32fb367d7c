import type { GraphQLClient } from './graphql-client.ts';

// Mutations as the admin pages send them. Every mutation answers its data or core's typed,
// bilingual `Error` / `InputError`, so the plugins' tests write and read them all one way.

/** A mutation's answer: `data` on success, otherwise the error's code, messages and issues. */
export interface MutationResult<Data> {
  __typename: string;
  data?: Data;
  code?: string;
  messageZh?: string;
  messageEn?: string;
  issues?: { path: string; code: string; messageZh: string; messageEn: string }[];
}

const ERRORS = `__typename
  ... on Error { code messageZh messageEn }
  ... on InputError { issues { path code messageZh messageEn } }`;

/** The success type of mutation `name`, e.g. `MutationOpenSelectionCaseSuccess`. */
export const successType = (name: string) =>
  `Mutation${name[0]?.toUpperCase()}${name.slice(1)}Success`;

/**
 * Runs mutation `name(args)`, its variables declared by `signature` (`$r: ID!` for `roundId: $r`),
 * selecting `selection` on the success data; answers the result whatever it is.
 */
export async function mutate<Data>(
  client: GraphQLClient,
  name: string,
  signature: string,
  args: string,
  selection: string,
  variables: Record<string, unknown>,
): Promise<MutationResult<Data>> {
  const data = await client.data<Record<string, MutationResult<Data>>>(
    `mutation (${signature}) { ${name}(${args}) { ${ERRORS}
      ... on ${successType(name)} { data { ${selection} } } } }`,
    variables,
  );
  const result = data[name];
  if (!result) throw new Error(`no ${name} in the answer`);
  return result;
}

/** The data of a successful result; fails the test with the error otherwise. */
export function ok<Data>(result: { data?: Data }): Data {
  if (!result.data) throw new Error(`expected success: ${JSON.stringify(result)}`);
  return result.data;
}

/** What core's `transitionCase` answers: the case's new state and version, or the refusal. */
export type TransitionResult = MutationResult<{ state: string; version: number }>;

/** Moves the workflow case of a round, a selection case… through core's generic `transitionCase`. */
export function transitionCase(
  client: GraphQLClient,
  subject: { workflowCase: { id: string }; version: number },
  transition: string,
  reason?: string,
): Promise<TransitionResult> {
  return mutate(
    client,
    'transitionCase',
    '$input: TransitionCaseInput!',
    'input: $input',
    'state version',
    {
      input: {
        caseId: subject.workflowCase.id,
        transition,
        expectedVersion: subject.version,
        reason,
      },
    },
  );
}
