import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SubGraphPlugin from '@pothos/plugin-sub-graph';
import ValidationPlugin from '@pothos/plugin-validation';
import type PrismaTypes from '@cadre/db/pothos-types';
import { getDatamodel } from '@cadre/db/pothos-types';
import { CORE_SUBGRAPH } from '../contract/plugin.ts';
import type { RequestContext } from '../contract/context.ts';
import {
  InputError,
  NotFoundError,
  RuleViolationError,
  UnauthenticatedError,
} from '../errors/cadre-error.ts';
import { toInputIssues } from '../errors/zod-issues.ts';

export interface SchemaTypes {
  PrismaTypes: PrismaTypes;
  Context: RequestContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  SubGraphs: string;
  AuthScopes: { signedIn: boolean };
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

/** Query limits for one request; browser sessions and partner keys get their own budgets. */
export const DEFAULT_COMPLEXITY_LIMIT = { complexity: 20_000, depth: 12, breadth: 250 };

/**
 * A fresh builder with every plugin wired. One per gateway: core and each installed plugin add
 * their parts to it, and each district's schema is a sub-graph variant of the result.
 */
export function createSchemaBuilder(): Builder {
  const builder = new SchemaBuilder<SchemaTypes>({
    // Order matters: sub-graph must see every other plugin's types, so it comes last.
    plugins: [
      ScopeAuthPlugin,
      ErrorsPlugin,
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
      authScopes: (ctx) => ({ signedIn: ctx.viewer !== null }),
      unauthorizedError: () => new UnauthenticatedError(),
    },
    // Every mutation answers these as typed results besides its own payload.
    errors: {
      defaultTypes: [InputError, NotFoundError, RuleViolationError, UnauthenticatedError],
    },
    validation: { validationError: (failure) => new InputError(toInputIssues(failure.issues)) },
    prisma: {
      client: (ctx) => ctx.prisma,
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
      cursorType: 'String',
      nodeQueryOptions: false,
      nodesQueryOptions: false,
    },
    complexity: {
      defaultComplexity: 1,
      defaultListMultiplier: 10,
      limit: DEFAULT_COMPLEXITY_LIMIT,
    },
    subGraphs: { defaultForTypes: [CORE_SUBGRAPH], fieldsInheritFromTypes: true },
  });
  return builder as unknown as Builder;
}
