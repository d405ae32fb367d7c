import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import {
  type FieldNode,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE, QUERY_BUDGETS, SchemaVariants } from '@cadre/core';
import { installedPlugins } from '../src/plugins.ts';

// What the cost model charges the queries people really send: every document of the admin UI
// (core's pages and each plugin's) must fit a browser session's budget with its pages at the
// largest size, and a partner system's key must still afford a useful page.

const schema = new SchemaVariants(installedPlugins).schemaFor(installedPlugins.map((p) => p.id));
const documents = JSON.parse(
  readFileSync(
    fileURLToPath(
      new URL('../../../packages/ui/src/generated/persisted-documents.json', import.meta.url),
    ),
    'utf8',
  ),
) as Record<string, string>;

/**
 * A document as the admin UI sends it: urql's cache adds `__typename` to every selection but the
 * operation's own, and the cost model charges it like any field.
 */
function asSent(query: string): string {
  const withTypename = visit(parse(query), {
    SelectionSet: (node, _key, parent) => {
      const root = parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION;
      const has = node.selections.some(
        (s) => s.kind === Kind.FIELD && s.name.value === '__typename',
      );
      if (root || has) return undefined;
      const typename: FieldNode = {
        kind: Kind.FIELD,
        name: { kind: Kind.NAME, value: '__typename' },
      };
      return { ...node, selections: [...node.selections, typename] };
    },
  });
  return print(withTypename);
}

/** The cost of a document; optional variables left out, so every page counts at its largest. */
const costOf = (query: string, variables: Record<string, unknown> = {}) =>
  complexityFromQuery(query, { schema, ctx: {}, variables });

const idOf = (type: string) =>
  Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64');
const SOME_ID = idOf('Cadre');

/**
 * The cost with the sample ids of the type an argument asks for: a plugin's `globalID({ for })`
 * refuses an id of another type before the cost is counted, and its message names the type.
 */
function costWithIds(query: string, variables: Record<string, unknown>) {
  try {
    return costOf(query, variables);
  } catch (error) {
    const wanted = /is not of type: (\w+)/.exec(String(error))?.[1];
    if (!wanted) throw error;
    const retyped = JSON.parse(JSON.stringify(variables).replaceAll(SOME_ID, idOf(wanted)));
    return costOf(query, retyped as Record<string, unknown>);
  }
}

/** A value of a required input type; optional parts left out. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  const scalars: Record<string, unknown> = {
    ID: SOME_ID,
    String: 'x',
    Int: MAX_PAGE_SIZE,
    Float: 1,
    Boolean: true,
    Date: '2026-01-01',
    DateTime: '2026-01-01T00:00:00Z',
    JSON: {},
  };
  return scalars[type.name] ?? 'x';
}

/** Values for the required variables of a document's operation. */
function requiredVariables(query: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of parse(query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.type.kind !== Kind.NON_NULL_TYPE) continue;
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type) values[variable.variable.name.value] = sample(type);
    }
  }
  return values;
}

describe('the cost of real queries', () => {
  it('fits every admin UI document into a session’s budget at the largest page', () => {
    const costs = Object.values(documents).map((query) => ({
      query,
      ...costWithIds(asSent(query), requiredVariables(query)),
    }));
    expect(costs.length).toBeGreaterThan(20);
    const over = costs.filter((c) => c.complexity > QUERY_BUDGETS.session.complexity);
    expect(over.map((c) => `${c.complexity}: ${c.query.slice(0, 80)}`)).toEqual([]);
  });

  it('prices the probe query by its fan-out: 200 cadres × 20 posts', () => {
    const probe = `{ cadres(first: ${MAX_PAGE_SIZE}) { edges { node { posts { title unit { name } } } } } }`;
    // cadres 1 + 200 × (edges 1 + node 1 + posts (1 + 20 × (title 1 + unit 2)))
    expect(costOf(probe).complexity).toBe(1 + MAX_PAGE_SIZE * (1 + 1 + (1 + 20 * 3)));
    expect(costOf(probe).complexity).toBeLessThanOrEqual(QUERY_BUDGETS.session.complexity);
    expect(costOf(probe).complexity).toBeGreaterThan(QUERY_BUDGETS['api-key'].complexity);
  });

  it('lets a partner key read a useful page', () => {
    const registry = `{ cadres(first: 100) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id name gender birthDate rank rankSince status unit { name }
        currentPost { title startedOn } } } } }`;
    const careers = `{ cadres(first: 50) { edges { node { id name
      posts { organization title startedOn endedOn } } } } }`;
    expect(costOf(registry).complexity).toBeLessThanOrEqual(QUERY_BUDGETS['api-key'].complexity);
    expect(costOf(careers).complexity).toBeLessThanOrEqual(QUERY_BUDGETS['api-key'].complexity);
  });

  it('prices the steps a case can take by the transaction each case reads them in', () => {
    const one = costOf(`{ workflowCase(id: "${SOME_ID}") { availableTransitions { name } } }`);
    const page = costOf(`{ selectionCases(first: 50) { edges { node {
      workflowCase { availableTransitions { name } } } } } }`);
    expect(one.complexity).toBeLessThanOrEqual(QUERY_BUDGETS['api-key'].complexity);
    expect(page.complexity).toBeGreaterThan(QUERY_BUDGETS.session.complexity);
  });

  it('counts a connection without `first` at its largest page', () => {
    const page = (args: string) =>
      costOf(`{ auditRecords${args} { edges { node { operation } } } }`).complexity;
    expect(page('')).toBe(page(`(first: ${MAX_PAGE_SIZE})`));
    expect(page('(first: 10)')).toBe(1 + 10 * 3);
  });
});
