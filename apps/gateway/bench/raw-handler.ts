import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

/**
 * The same page of the registry served the shortest way: one SQL statement through `pg`, JSON
 * by hand, no GraphQL, no ORM, no auth. The yardstick the gateway's throughput is measured against.
 */
export const RAW_QUERY = `
  SELECT c.id, c.name, c.rank, u.name AS unit_name, p.title AS post_title
    FROM core.cadre c
    JOIN core.unit u ON u.id = c.unit_id
    LEFT JOIN LATERAL (
      SELECT title FROM core.cadre_post
       WHERE cadre_id = c.id AND ended_on IS NULL
       ORDER BY started_on DESC LIMIT 1
    ) p ON true
   WHERE c.district_id = $1 AND u.path LIKE $2
   ORDER BY c.name, c.id
   LIMIT $3`;

export async function startRawHandler(
  url: string,
  districtId: string,
  unitId: string,
  size: number,
) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const server: Server = createServer((req, res) => {
    pool
      .query(RAW_QUERY, [districtId, `%/${unitId}/%`, size])
      .then(({ rows }) => {
        const edges = rows.map((r) => ({
          node: {
            id: r.id,
            name: r.name,
            rank: r.rank,
            unit: { name: r.unit_name },
            currentPost: r.post_title ? { title: r.post_title } : null,
          },
        }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { cadres: { edges } } }));
      })
      .catch((error: unknown) => {
        res.writeHead(500);
        res.end(String(error));
      });
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
