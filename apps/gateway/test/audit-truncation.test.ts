import { describe, expect, it } from 'vitest';
import { createUnit, defined } from '@cadre/testing';
import { useGateway, type Harness } from '@cadre/testing/gateway';
import { testPlugins } from './fixtures/test-plugins.ts';

// Removing the newest records breaks no link: the chain's head (kept by the owner's trigger)
// and an exported checkpoint are what find it.
const h = useGateway(testPlugins);

interface Verification {
  intact: boolean;
  brokenSeq: string | null;
  reason: string | null;
  lastSeq: string;
  lastHash: string;
}

const verify = async (client: Harness['a'], checkpoint?: { seq: string; hash: string }) =>
  (
    await client.data<{ verifyAuditChain: Verification }>(
      `query ($seq: String, $hash: String) {
        verifyAuditChain(checkpointSeq: $seq, checkpointHash: $hash) {
          intact brokenSeq reason lastSeq lastHash
        }
      }`,
      { seq: checkpoint?.seq ?? null, hash: checkpoint?.hash ?? null },
    )
  ).verifyAuditChain;

/** As a superuser behind the application's back: the newest `count` records of a district go. */
const deleteNewest = (districtId: string, count: number) =>
  h.db.asSuperuser(
    `DELETE FROM core.audit_record WHERE id IN (
       SELECT id FROM core.audit_record WHERE district_id = $1 ORDER BY seq DESC LIMIT $2)`,
    [districtId, count],
  );

describe('records removed from the end of the audit chain', () => {
  it('are found through the head, and the next record shows the gap', async () => {
    for (const code of ['T-1', 'T-2', 'T-3']) await createUnit(h.a, { code, name: code });
    const before = await verify(h.a);
    expect(before).toMatchObject({ intact: true, reason: null });

    await deleteNewest(h.tenants.a.id, 2);
    const seq = BigInt(before.lastSeq) - 1n;
    expect(await verify(h.a)).toMatchObject({
      intact: false,
      reason: 'TRUNCATED',
      brokenSeq: seq.toString(),
      lastSeq: (seq - 1n).toString(),
    });

    await createUnit(h.a, { code: 'T-4', name: '之后' });
    expect(await verify(h.a)).toMatchObject({
      intact: false,
      reason: 'SEQUENCE_GAP',
      brokenSeq: (BigInt(before.lastSeq) + 1n).toString(),
    });
  });

  it('are found against an exported checkpoint even when the head is rewound too', async () => {
    await createUnit(h.b, { code: 'K-1', name: '检查点前' });
    const checkpoint = await verify(h.b);
    await createUnit(h.b, { code: 'K-2', name: '检查点后' });
    await deleteNewest(h.tenants.b.id, 2);
    const [last] = await h.db.asSuperuser<{ seq: string; hash: string }>(
      `SELECT seq::text, hash FROM core.audit_record WHERE district_id = $1
        ORDER BY seq DESC LIMIT 1`,
      [h.tenants.b.id],
    );
    await h.db.asSuperuser(
      `UPDATE core.audit_chain_head SET seq = $2, hash = $3 WHERE district_id = $1`,
      [h.tenants.b.id, defined(last).seq, defined(last).hash],
    );
    // Within the database alone nothing is left to tell: that is why the checkpoint is kept outside.
    expect(await verify(h.b)).toMatchObject({ intact: true });
    expect(await verify(h.b, { seq: checkpoint.lastSeq, hash: checkpoint.lastHash })).toMatchObject(
      { intact: false, reason: 'TRUNCATED', brokenSeq: checkpoint.lastSeq },
    );
    expect(await verify(h.b, { seq: defined(last).seq, hash: checkpoint.lastHash })).toMatchObject({
      intact: false,
      reason: 'CHECKPOINT_MISMATCH',
      brokenSeq: defined(last).seq,
    });
  });

  it('keeps the head out of the application role’s reach', async () => {
    for (const statement of [
      `UPDATE core.audit_chain_head SET seq = 1`,
      `DELETE FROM core.audit_chain_head`,
      `INSERT INTO core.audit_chain_head (district_id, seq, hash, at) VALUES ('${h.tenants.a.id}', 1, 'x', now())`,
    ]) {
      await expect(
        h.db.transaction(h.tenants.a.id, (tx) => tx.$executeRawUnsafe(statement)),
      ).rejects.toThrow(/permission denied/);
    }
  });

  it('answers a malformed checkpoint with a typed input error', async () => {
    const answer = await h.a.request(`{ verifyAuditChain(checkpointSeq: "12") { intact } }`);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CORE_INVALID_INPUT' });
  });
});
