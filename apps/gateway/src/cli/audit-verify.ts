import { verifyDistrictChain } from '@cadre/core';
import type { Command } from './command.ts';
import { withDatabase } from './database.ts';

/** Checks every district's audit chain as the owner; exits 1 when any link is broken. */
export const auditVerify: Command = {
  name: 'audit',
  sub: 'verify',
  summary: "Recompute every district's audit hash chain and report the first broken record",
  run: async () => {
    let broken = 0;
    await withDatabase(async (db) => {
      const districts = await db.prisma.district.findMany({ orderBy: { code: 'asc' } });
      for (const district of districts) {
        const report = await db.asOwner((tx) => verifyDistrictChain(tx, district.id));
        if (report.broken) {
          broken++;
          console.log(
            `${district.code} ${district.name}: 审计链断裂 / BROKEN at record ${report.broken.recordId} (seq ${report.broken.seq}): ${report.broken.reason}`,
          );
        } else {
          console.log(
            `${district.code} ${district.name}: ${report.checked} 条完好 / records intact`,
          );
        }
      }
    });
    // Exit explicitly: the embedded database's runtime resets the exit code when it closes.
    if (broken > 0) process.exit(1);
  },
};
