import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';
import { budgetKind, QUERY_BUDGETS, QueryLimitError, type RequestContext } from '@cadre/core';

/**
 * Refuses documents with more aliased fields than the credential's budget, before anything runs:
 * aliases repeat a field's work without adding depth, so the depth and cost limits miss them.
 */
export const aliasLimit: ApolloServerPlugin<RequestContext> = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ document, contextValue }) => {
      let aliases = 0;
      visit(document, {
        [Kind.FIELD]: (node) => {
          if (node.alias) aliases++;
        },
      });
      const limit = QUERY_BUDGETS[budgetKind(contextValue)].aliases;
      if (aliases > limit) {
        const error = new QueryLimitError('aliases', limit, aliases);
        throw new GraphQLError(error.text.zh, {
          extensions: {
            code: error.code,
            messageZh: error.text.zh,
            messageEn: error.text.en,
            http: { status: 400 },
          },
        });
      }
    },
  }),
};
