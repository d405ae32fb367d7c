import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import {
  type BudgetKind,
  QUERY_BUDGETS,
  type RequestContext,
  type SchemaVariants,
} from '@cadre/core';
import { formatError, isClientError } from './format-error.ts';
import { typedInputErrors } from './input-errors.ts';
import { jitGateway } from './jit-gateway.ts';
import { aliasLimit } from './alias-limit.ts';
import { operationCheck } from './operation-check.ts';

export interface VariantServerOptions {
  /** Production hides the schema: no introspection, no "did you mean" suggestions. */
  production: boolean;
  logError: (requestId: string, error: unknown) => void;
}

/**
 * Apollo Server serves one schema, so each variant gets its own started instance, made on the
 * first request that needs it. They share everything else and cost little each. A variant has one
 * instance per credential kind that uses it, because parsing stops at the kind's token budget
 * (`parseOptions`, fixed per instance); each instance caches the documents it has parsed.
 */
export class VariantServers {
  readonly #servers = new Map<string, Promise<ApolloServer<RequestContext>>>();

  constructor(
    readonly variants: SchemaVariants,
    readonly options: VariantServerOptions,
  ) {}

  serverFor(
    enabledPlugins: readonly string[],
    kind: BudgetKind,
  ): Promise<ApolloServer<RequestContext>> {
    const key = `${kind} ${this.variants.keyFor(enabledPlugins)}`;
    let server = this.#servers.get(key);
    if (!server) {
      server = this.#start(enabledPlugins, kind);
      this.#servers.set(key, server);
    }
    return server;
  }

  async #start(
    enabledPlugins: readonly string[],
    kind: BudgetKind,
  ): Promise<ApolloServer<RequestContext>> {
    const { production, logError } = this.options;
    const server: ApolloServer<RequestContext> = new ApolloServer<RequestContext>({
      gateway: jitGateway(this.variants.schemaFor(enabledPlugins)),
      introspection: !production,
      // Trusted documents (registered by operators) are the only stored queries; Apollo's
      // automatic persisted queries would let any caller register one.
      persistedQueries: false,
      parseOptions: { maxTokens: QUERY_BUDGETS[kind].tokens },
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      includeStacktraceInErrorResponses: false,
      stopOnTerminationSignals: false,
      formatError,
      plugins: [
        {
          // The full story of a masked error goes to the log, under the request id the client sees.
          requestDidStart: async () => ({
            didEncounterErrors: async ({ contextValue, errors }) => {
              for (const error of errors) {
                if (!isClientError(error))
                  logError(contextValue.requestId, error.originalError ?? error);
              }
            },
          }),
        },
        operationCheck,
        typedInputErrors,
        aliasLimit,
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        ...(production ? [ApolloServerPluginDisableSuggestions()] : []),
      ],
    });
    await server.start();
    return server;
  }

  async stop(): Promise<void> {
    const servers = await Promise.all(this.#servers.values());
    await Promise.all(servers.map((s) => s.stop()));
  }
}
