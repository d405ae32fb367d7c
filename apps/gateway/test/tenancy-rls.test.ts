import { describe, expect, it, vi } from 'vitest';
import { APPLICATION_ROLE, inspectRuntimeRole, openDatabase, runtimeRoleProblems } from '@cadre/db';
import { createUnit, defined } from '@cadre/testing';
import { useGateway } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';
import { checkRuntimeRole } from '../src/cli/runtime-role-check.ts';

const h = useGateway(testPlugins);

describe('row-level security under the application role', () => {
  it('enables RLS with the isolation policy on every district-owned table', async () => {
    const tables = await h.db.withChannel((c) =>
      c.query<{ name: string; rls: boolean; policy: boolean }>(
        `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS rls,
                EXISTS (SELECT FROM pg_policies p WHERE p.schemaname = n.nspname
                          AND p.tablename = c.relname AND p.policyname = 'district_isolation') AS policy
           FROM pg_class c
           JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'district_id' AND NOT a.attisdropped
          WHERE c.relkind = 'r' AND n.nspname NOT IN ('public', 'pg_catalog', 'information_schema')
          ORDER BY 1`,
      ),
    );
    expect(tables.length).toBeGreaterThanOrEqual(20);
    expect(tables.filter((t) => !t.rls || !t.policy)).toEqual([]);
  });

  it('runs the application as a role that is no superuser and cannot bypass RLS', async () => {
    const [role] = await h.db.prisma.$queryRaw<
      { current_user: string; rolsuper: boolean; rolbypassrls: boolean }[]
    >`SELECT current_user, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`;
    expect(role).toEqual({ current_user: APPLICATION_ROLE, rolsuper: false, rolbypassrls: false });
  });

  it('logs in (PostgreSQL) as a runtime role that RESET ROLE cannot lift out of RLS', async () => {
    const login = await inspectRuntimeRole(h.db);
    if (h.db.target.kind === 'pglite') {
      // The embedded database is one in-process session of PGlite's superuser (ADR 0007).
      expect(login.superuser).toBe(true);
      return;
    }
    expect(runtimeRoleProblems(login)).toEqual([]);
    await createUnit(h.a, { code: 'RLS-RESET', name: '重置角色' });
    const seen = await h.db.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('RESET ROLE');
      return tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM core.unit`;
    });
    expect(seen).toEqual([{ n: 0n }]);
    expect(await h.db.asOwner((tx) => tx.unit.count({ where: { code: 'RLS-RESET' } }))).toBe(1);
  });

  it('refuses to start in production with a login that could leave RLS', async () => {
    // The runtime login passes; the owner's login (PostgreSQL) is refused in production.
    await expect(checkRuntimeRole(h.db, true)).resolves.toBeUndefined();
    if (h.db.target.kind === 'pglite') return; // one in-process session: nothing to choose
    const asOwner = await openDatabase({ ...h.db.target, url: defined(h.db.target.ownerUrl) });
    try {
      await expect(checkRuntimeRole(asOwner, true)).rejects.toThrow(
        /unfit to run the application: cadre_test_owner owns the tables/,
      );
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await checkRuntimeRole(asOwner, false);
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('cadre_test_owner owns the tables'),
      );
      warn.mockRestore();
    } finally {
      await asOwner.close();
    }
  });

  it('names what makes a login unfit to run the application', () => {
    const fit = { login: 'cadre_web', superuser: false, bypassRls: false, owner: false };
    expect(runtimeRoleProblems(fit)).toEqual([]);
    expect(runtimeRoleProblems({ ...fit, superuser: true, bypassRls: true, owner: true })).toEqual([
      'cadre_web is a superuser',
      'cadre_web has BYPASSRLS',
      'cadre_web owns the tables (or may act as their owner)',
    ]);
  });

  it("lets no statement of district A see or touch district B's rows", async () => {
    const unitOfB = await createUnit(h.b, { code: 'RLS-B', name: '乙县金丝雀单位' });
    const [, bId] = Buffer.from(unitOfB, 'base64').toString().split(':');
    const a = h.db.forDistrict(h.tenants.a.id);
    expect(await a.prisma.unit.findMany({ where: { code: 'RLS-B' } })).toEqual([]);
    expect(await a.sql.query('SELECT id FROM core.unit WHERE id = $1', [bId])).toEqual([]);
    expect(await h.db.prisma.unit.count()).toBe(0);
    const updated = await h.db.transaction(h.tenants.a.id, (tx) =>
      tx.unit.updateMany({ where: { id: bId }, data: { name: '篡改' } }),
    );
    expect(updated.count).toBe(0);
    await expect(
      h.db.transaction(h.tenants.a.id, (tx) =>
        tx.unit.create({
          data: {
            districtId: h.tenants.b.id,
            path: '/x/',
            code: 'SMUGGLED',
            name: '越界',
            category: 'TOWNSHIP',
          },
        }),
      ),
    ).rejects.toThrow();
    const names = await h.db.asOwner((tx) => tx.unit.findMany({ where: { id: bId } }));
    expect(names.map((u) => u.name)).toEqual(['乙县金丝雀单位']);
  });
});
