import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin, { type AuthFailure, AuthScopeFailureType } from '@pothos/plugin-scope-auth';
import SubGraphPlugin from '@pothos/plugin-sub-graph';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@cadre/db/pothos-types';
import { getDatamodel } from '@cadre/db/pothos-types';
import { CORE_SUBGRAPH } from '../contract/plugin.ts';
import type { RequestContext } from '../contract/context.ts';
import {
  ForbiddenError,
  ConflictError,
  InputError,
  NotFoundError,
  QueryLimitError,
  RuleViolationError,
  UnauthenticatedError,
} from '../errors/cadre-error.ts';
import { toInputIssues } from '../errors/zod-issues.ts';
import { batchedPrisma } from './batched-prisma.ts';
import { decodeRowGlobalID } from './global-ids.ts';
import { budgetKind, DEFAULT_LIST_BOUND, EDGES_COST, QUERY_BUDGETS } from './query-budgets.ts';

export interface SchemaTypes {
  PrismaTypes: PrismaTypes;
  Context: RequestContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  SubGraphs: string;
  /** `signedIn`: any credential; `permission`: a key the credential's roles or key grant. */
  AuthScopes: { signedIn: boolean; permission: string };
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
  };
}

export type Types = PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>;

/** The one builder type every part of the schema is written against. */
export type Builder = PothosSchemaTypes.SchemaBuilder<Types>;

/** The permission named by a failed scope check, for the error message. */
function missingPermission(failure: AuthFailure): string {
  if (failure.kind === AuthScopeFailureType.AuthScope) return String(failure.parameter);
  if ('failures' in failure) return failure.failures.map(missingPermission).join(', ');
  return 'signedIn';
}

/**
 * A fresh builder with every plugin wired. One per gateway: core and each installed plugin add
 * their parts to it, and each district's schema is a sub-graph variant of the result.
 */
export function createSchemaBuilder(): Builder {
  const builder = new SchemaBuilder<SchemaTypes>({
    // Order matters: sub-graph must see every other plugin's types, so it comes last.
    plugins: [
      // Errors wraps scope-auth, so a refused mutation answers with its typed ForbiddenError.
      ErrorsPlugin,
      ScopeAuthPlugin,
      ValidationPlugin,
      PrismaPlugin,
      RelayPlugin,
      DataloaderPlugin,
      ComplexityPlugin,
      SubGraphPlugin,
    ],
    defaultFieldNullability: false,
    defaultInputFieldRequiredness: true,
    scopeAuth: {
      authScopes: (ctx) => ({
        signedIn: ctx.credential !== null,
        permission: (key: string) => ctx.permissions.has(key),
      }),
      unauthorizedError: (_parent, ctx, _info, result) =>
        ctx.credential
          ? new ForbiddenError(missingPermission(result.failure))
          : new UnauthenticatedError(),
    },
    // Every mutation answers these as typed results besides its own payload.
    errors: {
      defaultTypes: [
        InputError,
        NotFoundError,
        RuleViolationError,
        UnauthenticatedError,
        ForbiddenError,
        ConflictError,
      ],
    },
    validation: { validationError: (failure) => new InputError(toInputIssues(failure.issues)) },
    prisma: {
      // A relation the parent's query did not load is read per parent row: batched per tick.
      client: (ctx) => batchedPrisma(ctx),
      dmmf: getDatamodel(),
      exposeDescriptions: false,
      filterConnectionTotalCount: true,
      onUnusedQuery: null,
      defaultConnectionSize: 50,
      maxConnectionSize: 200,
    },
    // No `node(id)`: every lookup goes through a field that scopes it to the viewer's district.
    relay: {
      clientMutationId: 'omit',
      decodeGlobalID: decodeRowGlobalID,
      cursorType: 'String',
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      // A page's rows are counted once, on the connection field (`pageCost`).
      edgesFieldOptions: { complexity: EDGES_COST },
    },
    complexity: {
      // Lists count their rows: a page its size, a list without one its bound (query-budgets.ts).
      defaultComplexity: 1,
      defaultListMultiplier: DEFAULT_LIST_BOUND,
      limit: (ctx) => QUERY_BUDGETS[budgetKind(ctx)],
      complexityError: (kind, result) => {
        const key = kind.toLowerCase() as 'complexity' | 'depth' | 'breadth';
        const max = result[`max${kind}` as 'maxComplexity' | 'maxDepth' | 'maxBreadth'] ?? 0;
        return new QueryLimitError(key, max, result[key]);
      },
    },
    subGraphs: { defaultForTypes: [CORE_SUBGRAPH], fieldsInheritFromTypes: true },
  });
  return builder as unknown as Builder;
}
