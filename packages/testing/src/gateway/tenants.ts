import { createDistrict, createUser, setPluginEnabled, type CadrePlugin } from '@cadre/core';
import type { Database } from '@cadre/db';

const OPERATOR = { label: 'operator', userId: null };
export const TEST_PASSWORD = 'Test-password-2026';

export interface TestTenant {
  id: string;
  code: string;
  username: string;
}

/**
 * A city with two districts and one staff account in each, through the same services the CLI
 * uses. `plugins` lists, per district, the installed plugins to switch on.
 */
export async function createTestTenants(
  db: Database,
  installed: readonly CadrePlugin[],
  plugins: { a?: string[]; b?: string[] } = {},
): Promise<{ a: TestTenant; b: TestTenant }> {
  await createDistrict(db, OPERATOR, { code: 'C01', name: '测试市', level: 'CITY' });
  const make = async (key: 'a' | 'b', name: string): Promise<TestTenant> => {
    const code = `D0${key === 'a' ? 1 : 2}`;
    const district = await createDistrict(db, OPERATOR, {
      code,
      name,
      level: 'DISTRICT',
      parentCode: 'C01',
    });
    for (const pluginId of plugins[key] ?? []) {
      await setPluginEnabled(db, installed, OPERATOR, district.id, pluginId, true);
    }
    const username = `staff.${key}`;
    await createUser(db, OPERATOR, {
      districtCode: code,
      username,
      displayName: `${name}干部科`,
      password: TEST_PASSWORD,
      roleKeys: ['district-admin'],
    });
    return { id: district.id, code, username };
  };
  return { a: await make('a', '甲区'), b: await make('b', '乙县') };
}
