import { writeFile } from 'node:fs/promises';
import { verifyDistrictChain, type ChainReport } from '@cadre/core';
import type { Database } from '@cadre/db';
import type { Command } from './command.ts';
import { withDatabase } from './database.ts';
import { readJsonFile } from './json-file.ts';
import { UsageError } from './usage-error.ts';

/**
 * An audit checkpoint (审计检查点): where each district's chain ended when it was taken. Kept
 * outside the database (filed, or sent to the higher department), it lets `audit verify` find
 * records removed from the end of a chain, even by someone who could also rewind the head.
 */
interface Checkpoint {
  kind: 'cadre-audit-checkpoint';
  takenAt: string;
  districts: { code: string; name: string; seq: string; hash: string }[];
}

const CHECKPOINT_KIND = 'cadre-audit-checkpoint';
const EXAMPLE = `{ "kind": "${CHECKPOINT_KIND}", "districts": [{ "code": "…", "seq": "…", "hash": "…" }] }`;

function parseCheckpoint(value: unknown, path: string): Map<string, { seq: bigint; hash: string }> {
  const file = value as Partial<Checkpoint> | null;
  if (file?.kind !== CHECKPOINT_KIND || !Array.isArray(file.districts)) {
    throw new UsageError(`${path} is not an audit checkpoint; expected ${EXAMPLE}`);
  }
  const points = new Map<string, { seq: bigint; hash: string }>();
  for (const d of file.districts) {
    if (
      typeof d?.code !== 'string' ||
      typeof d.seq !== 'string' ||
      !/^[0-9]{1,19}$/.test(d.seq) ||
      typeof d.hash !== 'string' ||
      !/^[0-9a-f]{64}$/.test(d.hash)
    ) {
      throw new UsageError(`${path}: every district needs a code, a seq and a 64-digit hex hash`);
    }
    points.set(d.code, { seq: BigInt(d.seq), hash: d.hash });
  }
  return points;
}

/** Verifies every district's chain as the owner, against the checkpoint where one is given. */
async function verifyAll(
  db: Database,
  checkpoint?: Map<string, { seq: bigint; hash: string }>,
): Promise<{ code: string; name: string; report: ChainReport | null }[]> {
  const districts = await db.prisma.district.findMany({ orderBy: { code: 'asc' } });
  const results = [];
  for (const district of districts) {
    const point = checkpoint?.get(district.code);
    const report = await db.asOwner((tx) => verifyDistrictChain(tx, district.id, point));
    results.push({ code: district.code, name: district.name, report });
  }
  // A district the checkpoint names that is gone entirely.
  for (const code of checkpoint?.keys() ?? []) {
    if (!districts.some((d) => d.code === code)) results.push({ code, name: '', report: null });
  }
  return results;
}

/** Checks every district's audit chain; exits 1 when any is broken or falls short of a checkpoint. */
export const auditVerify: Command = {
  name: 'audit',
  sub: 'verify',
  summary:
    "Recompute every district's audit hash chain and report the first broken record [--checkpoint FILE]",
  options: { checkpoint: { type: 'string' } },
  run: async (values) => {
    const path = values.checkpoint as string | undefined;
    const checkpoint = path ? parseCheckpoint(await readJsonFile(path, EXAMPLE), path) : undefined;
    let broken = 0;
    await withDatabase(async (db) => {
      for (const { code, name, report } of await verifyAll(db, checkpoint)) {
        if (!report) {
          broken++;
          console.log(`${code}: 检查点中的区县已不存在 / district of the checkpoint is MISSING`);
        } else if (report.broken) {
          broken++;
          const { recordId, seq, reason } = report.broken;
          const at = recordId === null ? `seq ${seq}` : `record ${recordId} (seq ${seq})`;
          console.log(`${code} ${name}: 审计链断裂 / BROKEN at ${at}: ${reason}`);
        } else {
          console.log(`${code} ${name}: ${report.checked} 条完好 / records intact`);
        }
      }
    });
    // Exit explicitly: the embedded database's runtime resets the exit code when it closes.
    if (broken > 0) process.exit(1);
  },
};

/** Writes (or prints) a checkpoint of every district's intact chain; refuses a broken one. */
export const auditCheckpoint: Command = {
  name: 'audit',
  sub: 'checkpoint',
  summary:
    'Export where every district audit chain ends, to keep outside the database [--out FILE]',
  options: { out: { type: 'string' } },
  run: async (values) => {
    let checkpoint: Checkpoint | null = null;
    await withDatabase(async (db) => {
      const results = await verifyAll(db);
      const broken = results.filter((r) => r.report?.broken);
      if (broken.length > 0) {
        for (const r of broken) console.error(`${r.code} ${r.name}: 审计链断裂 / BROKEN`);
        return;
      }
      checkpoint = {
        kind: CHECKPOINT_KIND,
        takenAt: new Date().toISOString(),
        districts: results.flatMap(({ code, name, report }) =>
          report ? [{ code, name, seq: report.last.seq.toString(), hash: report.last.hash }] : [],
        ),
      };
    });
    if (!checkpoint) process.exit(1);
    const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
    const out = values.out as string | undefined;
    if (out) {
      await writeFile(out, text, { flag: 'wx' }).catch((error: Error) => {
        throw new UsageError(`Cannot write ${out}: ${error.message}`);
      });
      console.log(`检查点已写入 / checkpoint written: ${out}`);
    } else process.stdout.write(text);
  },
};
