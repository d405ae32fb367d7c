// The demo's 超职数消化计划: the units over quota the longest have a plan and its deadline as a
// due item, as createOverQuotaPlan leaves them; the last went over quota lately and has none yet,
// so the units page shows a plan under way as well as its call to make one.

import type { Prisma } from '@cadre/db/client';
import { OVER_QUOTA_DEADLINE, overQuotaDeadlineTitle } from '../domain/over-quota.ts';
import { addDays, addYears } from './dates.ts';
import type { DemoOverQuota } from './quotas.ts';
import type { Random } from './random.ts';

/** Made by nobody in particular: the demo is loaded before any account exists. */
const DEMO_AUTHOR = '00000000-0000-0000-0000-000000000000';

/** How one post over is digested (消化措施): a retirement or a transfer, no new deputy meanwhile. */
const ONE_OVER = [
  '一名副职明年上半年到龄退休，退休后职数不再补缺；消化前不再新配副职',
  '一名副职拟交流至乡镇（街道）任职，交流到位前不再新配副职',
];
const TWO_OVER = '一名副职年内到龄退休，一名副职拟交流至基层任职；消化完毕前不再新配副职';

export interface DemoOverQuotaPlans {
  plans: Prisma.OverQuotaPlanCreateManyInput[];
  dueItems: Prisma.DueItemCreateManyInput[];
}

export function planOverQuotaPlans(
  random: Random,
  overQuota: readonly DemoOverQuota[],
  referenceDate: Date,
): DemoOverQuotaPlans {
  const planned = overQuota.slice(0, -1);
  const plans = planned.map(({ unit, level, leadership, excess }) => ({
    id: random.uuid(),
    districtId: unit.districtId,
    unitId: unit.id,
    level,
    leadership,
    excess,
    plan: excess > 1 ? TWO_OVER : random.pick(ONE_OVER),
    deadline: addYears(referenceDate, 1),
    createdBy: DEMO_AUTHOR,
    createdAt: addDays(referenceDate, -random.int(30, 120)),
  }));
  const dueItems = plans.map((plan, index) => {
    const { unit } = planned[index] as DemoOverQuota;
    return {
      ...OVER_QUOTA_DEADLINE,
      districtId: plan.districtId,
      subjectType: 'OverQuotaPlan',
      subjectId: plan.id,
      title: overQuotaDeadlineTitle(unit.name, plan.level, plan.leadership, plan.excess),
      dueDate: plan.deadline,
      link: '/units',
      permission: 'core.unit.write',
      createdAt: plan.createdAt,
    };
  });
  return { plans, dueItems };
}
