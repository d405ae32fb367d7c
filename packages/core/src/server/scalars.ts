import { GraphQLError, Kind } from 'graphql';
import { formatDate, parseDate } from '../domain/dates.ts';
import type { Builder } from './builder.ts';

function parseDateValue(value: unknown): Date {
  const date = typeof value === 'string' ? parseDate(value) : null;
  if (!date) {
    throw new GraphQLError('日期格式应为 YYYY-MM-DD / Date must be YYYY-MM-DD', {
      extensions: { code: 'CORE_INVALID_DATE' },
    });
  }
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
    parseValue: (value) => {
      const date = new Date(String(value));
      if (Number.isNaN(date.getTime())) throw new GraphQLError('Invalid DateTime');
      return date;
    },
  });
  builder.scalarType('JSON', {
    description: 'A JSON value',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: () => {
      throw new GraphQLError('JSON values must be passed as variables');
    },
  });
}
