import {
  type ASTNode,
  type DirectiveNode,
  type ExecutableDefinitionNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLLeafType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  type ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { CadreError, type InputIssue, isGlobalIdOf, type Label } from '@cadre/core';

// Bad values in a request, found the way graphql-js finds them but told like any other bad input:
// a code, both languages, and the path as the caller wrote it — `input.birthDate` for an argument
// written inline, `$birth` or `$input.birthDate` for a variable.

/** An issue with the node graphql-js reports it at; `mention` tells apart several at one node. */
export interface LocatedIssue extends InputIssue {
  node?: ASTNode;
  mention?: string;
}

type Extensions = Readonly<Record<string, unknown>> | null | undefined;
type Variables = Readonly<Record<string, unknown>>;

const REQUIRED: Label = { zh: '必须提供', en: 'Required' };
const UNKNOWN_FIELD: Label = { zh: '没有这个字段', en: 'No such field' };
const NOT_AN_OBJECT: Label = { zh: '应为对象 { … }', en: 'Must be an object { … }' };
const MALFORMED_ID: Label = { zh: '标识格式错误', en: 'Malformed id' };
const BUILT_IN: Record<string, Label> = {
  Int: {
    zh: '应为 -2147483648 至 2147483647 之间的整数',
    en: 'Must be a whole number from -2147483648 to 2147483647',
  },
  Float: { zh: '应为数字', en: 'Must be a number' },
  String: { zh: '应为文本', en: 'Must be text' },
  Boolean: { zh: '应为 true 或 false', en: 'Must be true or false' },
  ID: { zh: '标识应为文本', en: 'An id must be text' },
};

/** The types a global id argument accepts (any when null), or undefined for other arguments. */
function globalIdTypes(extensions: Extensions): readonly string[] | null | undefined {
  if (extensions?.isRelayGlobalID !== true) return undefined;
  const types = extensions.relayGlobalIDFor as readonly { typename: string }[] | null | undefined;
  return types ? types.map((t) => t.typename) : null;
}

/** Why a value does not fit a scalar or an enum; `parse` is graphql-js's own check. */
function leafProblem(type: GraphQLLeafType, parse: () => unknown): Omit<InputIssue, 'path'> | null {
  try {
    if (parse() !== undefined) return null;
  } catch (error) {
    if (error instanceof CadreError) return { code: error.code, text: error.text };
  }
  if (isEnumType(type)) {
    return {
      code: 'CORE_INVALID_ENUM',
      text: { zh: `不是 ${type.name} 的可选值`, en: `Not a value of ${type.name}` },
    };
  }
  return {
    code: `CORE_INVALID_${type.name.toUpperCase()}`,
    text: BUILT_IN[type.name] ?? { zh: `不是有效的 ${type.name}`, en: `Not a valid ${type.name}` },
  };
}

const isRequired = (input: { type: GraphQLInputType; defaultValue?: unknown }) =>
  isNonNullType(input.type) && input.defaultValue === undefined;

/**
 * One pass over values. `all` checks everything graphql-js does; otherwise only global ids, which
 * graphql-js takes for any string and the resolvers would refuse one field at a time.
 */
class Walk {
  readonly found: LocatedIssue[] = [];

  constructor(
    readonly all: boolean,
    readonly variables: Variables = {},
  ) {}

  add(path: string, problem: Omit<InputIssue, 'path'>, node?: ASTNode, mention?: string): void {
    this.found.push({ path, ...problem, node, mention });
  }

  /** A value from the request's variables. */
  value(type: GraphQLInputType, value: unknown, path: string, extensions: Extensions): void {
    if (isNonNullType(type)) {
      if (value === null || value === undefined) {
        if (this.all) this.add(path, { code: 'CORE_REQUIRED', text: REQUIRED });
        return;
      }
      return this.value(type.ofType, value, path, extensions);
    }
    if (value === null || value === undefined) return;
    if (isListType(type)) {
      if (!Array.isArray(value)) return this.value(type.ofType, value, path, extensions);
      value.forEach((item, i) => this.value(type.ofType, item, `${path}.${i}`, extensions));
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) {
        if (this.all) this.add(path, { code: 'CORE_NOT_AN_OBJECT', text: NOT_AN_OBJECT });
        return;
      }
      const fields = type.getFields();
      const given = value as Record<string, unknown>;
      for (const name of Object.keys(given)) {
        if (this.all && !fields[name])
          this.add(`${path}.${name}`, { code: 'CORE_UNKNOWN_FIELD', text: UNKNOWN_FIELD });
      }
      for (const field of Object.values(fields)) {
        const at = `${path}.${field.name}`;
        if (given[field.name] !== undefined)
          this.value(field.type, given[field.name], at, field.extensions);
        else if (this.all && isRequired(field))
          this.add(at, { code: 'CORE_REQUIRED', text: REQUIRED });
      }
      return;
    }
    const problem = this.all ? leafProblem(type, () => type.parseValue(value)) : null;
    if (problem) return this.add(path, problem);
    if (typeof value === 'string' || typeof value === 'number')
      this.globalId(String(value), path, extensions);
  }

  /** A value written in the document; a variable in it is checked by its value. */
  literal(type: GraphQLInputType, node: ValueNode, path: string, extensions: Extensions): void {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      const value = this.variables[name];
      if (value !== undefined) this.value(type, value, `$${name}`, extensions);
      return;
    }
    if (isNonNullType(type)) {
      if (node.kind === Kind.NULL) {
        if (this.all) this.add(path, { code: 'CORE_REQUIRED', text: REQUIRED }, node);
        return;
      }
      return this.literal(type.ofType, node, path, extensions);
    }
    if (node.kind === Kind.NULL) return;
    if (isListType(type)) {
      if (node.kind !== Kind.LIST) return this.literal(type.ofType, node, path, extensions);
      node.values.forEach((item, i) => this.literal(type.ofType, item, `${path}.${i}`, extensions));
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) {
        if (this.all) this.add(path, { code: 'CORE_NOT_AN_OBJECT', text: NOT_AN_OBJECT }, node);
        return;
      }
      const fields = type.getFields();
      const given = new Map(node.fields.map((field) => [field.name.value, field]));
      for (const field of node.fields) {
        if (this.all && !fields[field.name.value]) {
          const at = `${path}.${field.name.value}`;
          this.add(at, { code: 'CORE_UNKNOWN_FIELD', text: UNKNOWN_FIELD }, field);
        }
      }
      for (const field of Object.values(fields)) {
        const at = `${path}.${field.name}`;
        const written = given.get(field.name);
        if (written) this.literal(field.type, written.value, at, field.extensions);
        else if (this.all && isRequired(field)) {
          const problem = { code: 'CORE_REQUIRED', text: REQUIRED };
          this.add(at, problem, node, `"${type.name}.${field.name}"`);
        }
      }
      return;
    }
    const problem = this.all ? leafProblem(type, () => type.parseLiteral(node, undefined)) : null;
    if (problem) return this.add(path, problem, node);
    if (node.kind === Kind.STRING || node.kind === Kind.INT)
      this.globalId(node.value, path, extensions, node);
  }

  globalId(value: string, path: string, extensions: Extensions, node?: ASTNode): void {
    const types = globalIdTypes(extensions);
    if (types !== undefined && !isGlobalIdOf(value, types))
      this.add(path, { code: 'CORE_INVALID_ID', text: MALFORMED_ID }, node);
  }

  /** Required arguments a field or directive was called without. */
  missing(node: FieldNode | DirectiveNode, args: readonly GraphQLArgument[] | undefined): void {
    const written = new Set(node.arguments?.map((arg) => arg.name.value));
    for (const arg of args ?? []) {
      if (this.all && !written.has(arg.name) && isRequired(arg)) {
        const problem = { code: 'CORE_REQUIRED', text: REQUIRED };
        this.add(arg.name, problem, node, `argument "${arg.name}"`);
      }
    }
  }
}

/** An argument as written, with its definition. */
interface ArgumentSite {
  type: GraphQLInputType;
  value: ValueNode;
  path: string;
  extensions: Extensions;
}

/** Every argument written in `definitions` and every call (field, directive), in document order. */
function walkArguments(
  schema: GraphQLSchema,
  definitions: readonly ExecutableDefinitionNode[],
  onArgument: (site: ArgumentSite) => void,
  onCall: (node: FieldNode | DirectiveNode, args?: readonly GraphQLArgument[]) => void = () => {},
): void {
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field: (node) => onCall(node, typeInfo.getFieldDef()?.args),
    Directive: (node) => onCall(node, typeInfo.getDirective()?.args),
    Argument: (node) => {
      const arg = typeInfo.getArgument();
      const { type, extensions } = arg ?? {};
      if (type) onArgument({ type, value: node.value, path: node.name.value, extensions });
      return false;
    },
  });
  for (const definition of definitions) visit(definition, visitor);
}

/** Whether a value of `type` can hold a global id somewhere (an input type may contain itself). */
function holdsGlobalId(
  type: GraphQLInputType,
  extensions: Extensions,
  seen = new Set<GraphQLInputType>(),
): boolean {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return globalIdTypes(extensions) !== undefined;
  if (seen.has(named)) return false;
  seen.add(named);
  return Object.values(named.getFields()).some((f) => holdsGlobalId(f.type, f.extensions, seen));
}

const executable = (definitions: readonly ASTNode[]) =>
  definitions.filter(
    (d): d is ExecutableDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
  );

/** What is wrong with the values written in a document (validation found something). */
export function literalIssues(
  schema: GraphQLSchema,
  document: { definitions: readonly ASTNode[] },
): LocatedIssue[] {
  const walk = new Walk(true);
  walkArguments(
    schema,
    executable(document.definitions),
    (site) => walk.literal(site.type, site.value, site.path, site.extensions),
    (node, args) => walk.missing(node, args),
  );
  return walk.found;
}

/** What is wrong with the variables of an operation (coercing them failed). */
export function variableIssues(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Variables,
): InputIssue[] {
  const walk = new Walk(true, variables);
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    const required = type && isNonNullType(type) && !definition.defaultValue;
    if (type && (variables[name] !== undefined || required))
      walk.value(type, variables[name], `$${name}`, undefined);
  }
  return walk.found.map(({ path, code, text }) => ({ path, code, text }));
}

/** The arguments of each operation that can hold a global id, found once per parsed document. */
const idSites = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

function idSitesOf(
  schema: GraphQLSchema,
  document: { definitions: readonly ASTNode[] },
  operation: OperationDefinitionNode,
): ArgumentSite[] {
  let sites = idSites.get(operation);
  if (!sites) {
    const found: ArgumentSite[] = [];
    const fragments = executable(document.definitions).filter(
      (d) => d.kind === Kind.FRAGMENT_DEFINITION,
    );
    walkArguments(schema, [operation, ...fragments], (site) => {
      if (holdsGlobalId(site.type, site.extensions)) found.push(site);
    });
    sites = found;
    idSites.set(operation, sites);
  }
  return sites;
}

/**
 * Malformed global ids among an operation's arguments, written inline or passed as variables:
 * checked before anything runs, so no field of the operation runs with one.
 */
export function globalIdIssues(
  schema: GraphQLSchema,
  document: { definitions: readonly ASTNode[] },
  operation: OperationDefinitionNode,
  variables: Variables,
): InputIssue[] {
  const walk = new Walk(false, variables);
  for (const site of idSitesOf(schema, document, operation))
    walk.literal(site.type, site.value, site.path, site.extensions);
  return walk.found.map(({ path, code, text }) => ({ path, code, text }));
}
