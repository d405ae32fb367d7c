import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { InputError, type RequestContext } from '@cadre/core';
import { literalIssues, type LocatedIssue } from './input-issues.ts';

/**
 * Validation errors about a value written in the document, told as bad input. Keyed by what
 * Apollo keeps as their `originalError` (the error itself, or what a scalar threw), so
 * `formatError` finds them without a request at hand.
 */
const explained = new WeakMap<Error, InputError>();

/** The issue `error` reports, taken off `issues` so that the next error at its node gets its own. */
function issueOf(error: GraphQLError, issues: LocatedIssue[]): LocatedIssue | undefined {
  const node = error.nodes?.[0];
  const at = issues.findIndex(
    (issue) =>
      issue.node === node && (issue.mention === undefined || error.message.includes(issue.mention)),
  );
  return at < 0 ? undefined : issues.splice(at, 1)[0];
}

/**
 * graphql-js says what is wrong with an argument in English and without naming it; once a
 * document has failed validation (never for a valid one), each of its errors about a value is
 * matched with the issue found by `literalIssues`. Other validation errors stay as they are.
 */
export const typedInputErrors: ApolloServerPlugin<RequestContext> = {
  requestDidStart: async () => ({
    validationDidStart: async ({ schema, document }) => {
      return async (errors) => {
        if (!errors?.length) return;
        const issues = literalIssues(schema, document);
        for (const error of errors) {
          const issue = error instanceof GraphQLError && issueOf(error, issues);
          if (!issue) continue;
          const { path, code, text } = issue;
          explained.set(error.originalError ?? error, new InputError([{ path, code, text }]));
        }
      };
    },
  }),
};

/** The bad input a validation error reported, as a typed error; null for any other error. */
export function explainedInputError(error: unknown): InputError | null {
  const cause = (error as { originalError?: unknown }).originalError;
  return cause instanceof Error ? (explained.get(cause) ?? null) : null;
}
