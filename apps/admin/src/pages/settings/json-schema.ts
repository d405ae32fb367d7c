import type { Label } from '@cadre/ui';

// Reads a plugin's settings schema (JSON Schema, as the gateway publishes it from the plugin's zod
// schema) into the fields of a form. Labels come from the annotations core's `setting()` writes:
// `x-label` names the field, `x-help` explains it, `x-enum-labels` names enum values, each with
// both languages; a field without them is named by its key.

type Bound = { value: number; exclusive: boolean };

interface Common {
  key: string;
  /** From the settings' root, e.g. `['eligibility', 'minWorkYears', 'COUNTY']`. */
  path: string[];
  label: Label;
  help: Label | null;
  required: boolean;
}

export interface Option {
  value: string | number;
  label: Label;
}

export type FieldSpec = Common &
  (
    | { kind: 'number'; integer: boolean; min: Bound | null; max: Bound | null }
    | { kind: 'boolean' }
    | { kind: 'string'; minLength: number | null; maxLength: number | null }
    | { kind: 'enum'; options: Option[] }
    | { kind: 'enum-list'; options: Option[] }
    | { kind: 'object'; fields: FieldSpec[] }
    /** Anything the form has no control for: edited as JSON text. */
    | { kind: 'json' }
  );

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const num = (value: unknown) => (typeof value === 'number' ? value : null);

const isLabel = (value: unknown): value is Label =>
  isSchema(value) && typeof value.zh === 'string' && typeof value.en === 'string';

/** A key or code serves both languages where the schema names it no better. */
const plain = (text: string): Label => ({ zh: text, en: text });

/** `anyOf: [X, { type: 'null' }]` (a nullable field) reads as X. */
function withoutNull(schema: Schema): Schema {
  const variants = Array.isArray(schema.anyOf) ? schema.anyOf.filter(isSchema) : [];
  const rest = variants.filter((v) => v.type !== 'null');
  if (variants.length > 0 && rest.length === 1 && rest[0]) return { ...schema, ...rest[0] };
  return schema;
}

function bound(schema: Schema, inclusive: string, exclusive: string): Bound | null {
  const strict = num(schema[exclusive]);
  if (strict !== null) return { value: strict, exclusive: true };
  const loose = num(schema[inclusive]);
  return loose !== null ? { value: loose, exclusive: false } : null;
}

function options(schema: Schema): Option[] | null {
  if (!Array.isArray(schema.enum)) return null;
  const labels = isSchema(schema['x-enum-labels']) ? schema['x-enum-labels'] : {};
  return schema.enum
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((value) => {
      const label = labels[String(value)];
      return { value, label: isLabel(label) ? label : plain(String(value)) };
    });
}

function field(key: string, path: string[], raw: Schema, required: boolean): FieldSpec {
  const schema = withoutNull(raw);
  const label = schema['x-label'];
  const help = schema['x-help'];
  const common: Common = {
    key,
    path,
    label: isLabel(label) ? label : plain(key),
    help: isLabel(help) ? help : null,
    required,
  };
  const choices = options(schema);
  if (choices) return { ...common, kind: 'enum', options: choices };
  switch (schema.type) {
    case 'integer':
    case 'number':
      return {
        ...common,
        kind: 'number',
        integer: schema.type === 'integer',
        min: bound(schema, 'minimum', 'exclusiveMinimum'),
        max: bound(schema, 'maximum', 'exclusiveMaximum'),
      };
    case 'boolean':
      return { ...common, kind: 'boolean' };
    case 'string':
      return {
        ...common,
        kind: 'string',
        minLength: num(schema.minLength),
        maxLength: num(schema.maxLength),
      };
    case 'array': {
      const items = isSchema(schema.items) ? options(schema.items) : null;
      return items ? { ...common, kind: 'enum-list', options: items } : { ...common, kind: 'json' };
    }
    case 'object':
      return isSchema(schema.properties)
        ? { ...common, kind: 'object', fields: fieldsOf(schema, path) }
        : { ...common, kind: 'json' };
    default:
      return { ...common, kind: 'json' };
  }
}

/** The fields of an object schema, in the order it lists its properties. */
export function fieldsOf(schema: unknown, path: string[] = []): FieldSpec[] {
  if (!isSchema(schema) || !isSchema(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(schema.properties)
    .filter((entry): entry is [string, Schema] => isSchema(entry[1]))
    .map(([key, property]) => field(key, [...path, key], property, required.has(key)));
}

/** Every field that holds a value (objects opened up), for converting values to and from the form. */
export function leafFields(fields: readonly FieldSpec[]): FieldSpec[] {
  return fields.flatMap((f) => (f.kind === 'object' ? leafFields(f.fields) : [f]));
}

const getIn = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((at, key) => (isSchema(at) ? at[key] : undefined), value);

function setIn(target: Schema, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = isSchema(target[head]) ? (target[head] as Schema) : {};
  target[head] = next;
  setIn(next, rest, value);
}

/** Stored settings as the form holds them: JSON fields as text. */
export function toFormValues(fields: readonly FieldSpec[], config: unknown): Schema {
  const values = structuredClone(isSchema(config) ? config : {});
  for (const f of leafFields(fields)) {
    if (f.kind !== 'json') continue;
    const value = getIn(config, f.path);
    setIn(values, f.path, value === undefined ? '' : JSON.stringify(value, null, 2));
  }
  return values;
}

/**
 * The form's values as settings to send: JSON text parsed, an emptied optional field left out.
 * Keys the schema does not name pass through untouched, for the server to judge.
 */
export function fromFormValues(fields: readonly FieldSpec[], values: unknown): Schema {
  const config = structuredClone(isSchema(values) ? values : {});
  for (const f of leafFields(fields)) {
    const value = getIn(values, f.path);
    const empty = value === undefined || value === null || value === '';
    // An emptied optional field is left out: undefined is not sent.
    if (empty && !f.required) setIn(config, f.path, undefined);
    else if (f.kind === 'json' && typeof value === 'string') {
      setIn(config, f.path, JSON.parse(value));
    }
  }
  return config;
}

/** Whether a JSON field's text parses. */
export function isJsonText(text: unknown): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
