/**
 * The query Pothos hands a resolver can select nothing (a client asked only for `__typename`),
 * which Prisma refuses; the id is always a valid selection.
 */
export function selecting<Q extends { select?: object; include?: object }>(query: Q): Q {
  return query.select && Object.keys(query.select).length === 0
    ? { ...query, select: { id: true } }
    : query;
}
