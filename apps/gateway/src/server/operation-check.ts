import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '@cadre/core';

/**
 * Refuses a request whose `operationName` names no operation of the document (or that leaves the
 * choice open in a document of several), as the client's mistake: without this the executor is
 * reached with nothing to run, and Apollo answers 500.
 */
export const operationCheck: ApolloServerPlugin<RequestContext> = {
  requestDidStart: async () => ({
    didResolveOperation: async ({ operation, request }) => {
      if (operation) return;
      const name = request.operationName?.slice(0, 100);
      const text = name
        ? { zh: `文档中没有名为 ${name} 的操作`, en: `The document has no operation named ${name}` }
        : {
            zh: '文档包含多个操作，须用 operationName 指明执行哪一个',
            en: 'The document has several operations; name one in operationName',
          };
      throw new GraphQLError(text.zh, {
        extensions: {
          code: 'CORE_UNKNOWN_OPERATION',
          messageZh: text.zh,
          messageEn: text.en,
          http: { status: 400 },
        },
      });
    },
  }),
};
