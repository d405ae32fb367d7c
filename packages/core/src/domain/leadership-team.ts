import type { TeamRole } from '@cadre/db/client';

// 班子成员: the cadres who sit in a leadership team (领导班子), each in a role and in the order the
// team is listed (排序).

/**
 * A team has at most one principal (正职, 主要负责人). Fixed, not a district setting: a unit led
 * jointly (党委书记 and 镇长, 党组书记 and 局长) has one team per body (党委班子, 政府班子), each
 * with its own principal, so no district needs two in one team.
 */
export const PRINCIPALS_PER_TEAM = 1;

/** Whether giving `memberId` (or a new member) the role `role` would exceed the principals. */
export function exceedsPrincipals(
  members: readonly { id: string; role: TeamRole }[],
  role: TeamRole,
  memberId: string | null = null,
): boolean {
  if (role !== 'PRINCIPAL') return false;
  const others = members.filter((m) => m.role === 'PRINCIPAL' && m.id !== memberId);
  return others.length >= PRINCIPALS_PER_TEAM;
}

/** A new order names every member of the team exactly once. */
export function isFullOrder(memberIds: readonly string[], order: readonly string[]): boolean {
  const wanted = new Set(order);
  return (
    wanted.size === order.length &&
    order.length === memberIds.length &&
    memberIds.every((id) => wanted.has(id))
  );
}
