import { Kind } from 'graphql';
import { CadreError } from '../errors/cadre-error.ts';
import { formatDate, parseDate } from '../domain/dates.ts';
import type { Builder } from './builder.ts';

/** Dates outside these years are typing mistakes here, and some do not fit the database. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const inRange = (date: Date) =>
  date.getUTCFullYear() >= FIRST_YEAR && date.getUTCFullYear() <= LAST_YEAR;

// Thrown as CadreErrors: GraphQL keeps them as the cause of its "invalid value" errors, and the
// gateway answers with their code and both texts, naming the argument or variable. A new error
// each time: the gateway tells one request's errors from another's by their identity.
const invalidDate = () =>
  new CadreError('CORE_INVALID_DATE', {
    zh: `日期格式应为 YYYY-MM-DD，年份在 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间`,
    en: `A date must be YYYY-MM-DD, in the years ${FIRST_YEAR} to ${LAST_YEAR}`,
  });
const invalidDateTime = () =>
  new CadreError('CORE_INVALID_DATE_TIME', {
    zh: `时间应为带时区的 ISO 8601 格式，年份在 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间`,
    en: `An instant must be ISO 8601 with a zone, in the years ${FIRST_YEAR} to ${LAST_YEAR}`,
  });

function parseDateValue(value: unknown): Date {
  const date = typeof value === 'string' ? parseDate(value) : null;
  if (!date || !inRange(date)) throw invalidDate();
  return date;
}

/** ISO 8601 with a zone; `Date` alone would also take `Jan 1 2026`, local times and 30 February. */
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTimeValue(value: unknown): Date {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  const date = match && parseDate(match[1] ?? '') ? new Date(value as string) : null;
  if (!date || Number.isNaN(date.getTime()) || !inRange(date)) throw invalidDateTime();
  return date;
}

/** Calendar dates of the archive travel as `YYYY-MM-DD`, never with a time or a zone. */
export function registerScalars(builder: Builder): void {
  builder.scalarType('Date', {
    description: 'A calendar date, YYYY-MM-DD',
    serialize: (value) => formatDate(value),
    parseValue: parseDateValue,
    parseLiteral: (ast) => parseDateValue(ast.kind === Kind.STRING ? ast.value : null),
  });
  builder.scalarType('DateTime', {
    description: 'An instant, ISO 8601 with zone',
    serialize: (value) => value.toISOString(),
    parseValue: parseDateTimeValue,
    parseLiteral: (ast) => parseDateTimeValue(ast.kind === Kind.STRING ? ast.value : null),
  });
  builder.scalarType('JSON', {
    description: 'A JSON value',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: () => {
      throw new CadreError('CORE_INVALID_INPUT', {
        zh: 'JSON 值须通过变量传入',
        en: 'JSON values must be passed as variables',
      });
    },
  });
}
