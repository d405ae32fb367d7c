import type { Harness } from '@cadre/testing/gateway';

/**
 * The transaction ids (xmin) that wrote each row: a row written with its audit record shares the
 * record's. `rows` names `core.<table>` rows by id; the audit records by target and operation.
 */
export async function writers(
  h: Harness,
  rows: { table: string; id: string }[],
  audit: { targetId: string; operation: string },
): Promise<{ rows: string[]; audit: string[] }> {
  return h.db.asOwner(async (tx) => {
    const of = async (table: string, id: string) =>
      (
        await tx.$queryRawUnsafe<{ xmin: string }[]>(
          `SELECT xmin::text AS xmin FROM core.${table} WHERE id::text = $1`,
          id,
        )
      ).map((r) => r.xmin);
    const records = await tx.$queryRaw<{ xmin: string }[]>`
      SELECT xmin::text AS xmin FROM core.audit_record
       WHERE target_id = ${audit.targetId} AND operation = ${audit.operation}`;
    const found = await Promise.all(rows.map((r) => of(r.table, r.id)));
    return { rows: found.flat(), audit: records.map((r) => r.xmin) };
  });
}
