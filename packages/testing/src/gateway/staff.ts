import { createUser } from '@cadre/core';
import type { GraphQLClient } from '../graphql-client.ts';
import type { Harness } from './harness.ts';
import { TEST_PASSWORD } from './tenants.ts';

// Staff accounts of district A, created through core's service as the CLI does, and signed in.

/** Options of a staff account: the name shown (in a case's history, say) and its own unit. */
export interface StaffOptions {
  displayName?: string;
  /** The row id of the unit a unit-scoped role (a unit's assessor) is kept to. */
  unitId?: string;
}

async function signedIn(
  h: Harness,
  username: string,
  roleKeys: string[],
  { displayName = username, unitId }: StaffOptions,
): Promise<GraphQLClient> {
  await createUser(
    h.db,
    { label: 'operator', userId: null },
    {
      districtCode: h.tenants.a.code,
      username,
      displayName,
      password: TEST_PASSWORD,
      roleKeys,
      unitId,
    },
  );
  return h.anonymous.login(username, TEST_PASSWORD);
}

/** A staff member of district A with one of the built-in roles, signed in. */
export function staffOf(
  h: Harness,
  username: string,
  role: string,
  options: StaffOptions = {},
): Promise<GraphQLClient> {
  return signedIn(h, username, [role], options);
}

/** A staff member of district A holding exactly `grants` (through a role of their own), signed in. */
export async function staffWith(
  h: Harness,
  username: string,
  grants: string[],
  displayName = username,
): Promise<GraphQLClient> {
  const key = `only-${username.replace(/[^a-z0-9]/g, '-')}`;
  await h.db.asOwner((tx) =>
    tx.role.create({
      data: { districtId: h.tenants.a.id, key, nameZh: username, nameEn: username, grants },
    }),
  );
  return signedIn(h, username, [key], { displayName });
}
