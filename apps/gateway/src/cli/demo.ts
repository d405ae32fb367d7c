import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createUser, DEMO_DISTRICTS, insertDemoCity, planDemoCity } from '@cadre/core';
import { installedPlugins } from '../plugins.ts';
import { OPERATOR } from './operator.ts';
import type { Database } from '@cadre/db';

export interface DemoLogin {
  district: string;
  username: string;
  password: string;
}

/** One staff account per demo tenant; passwords are made on the spot, never shipped. */
const DEMO_USERS = [
  {
    district: DEMO_DISTRICTS.full,
    username: 'donghu',
    name: '东湖区组织部干部科',
    // The cadre section's role grants what `*` cannot: reading sanctions (a sensitive key).
    roles: ['district-admin', 'cadre-section'],
  },
  {
    district: DEMO_DISTRICTS.partial,
    username: 'xishan',
    name: '西山县组织部干部股',
    roles: ['district-admin', 'cadre-section'],
  },
  {
    district: DEMO_DISTRICTS.city,
    username: 'city',
    name: '市委组织部干部一处',
    roles: ['district-admin', 'department-leader'],
  },
];

const loginFile = (dataDir: string) => join(dataDir, 'demo-login.json');

/** Loads the demo city into an empty database; returns the new logins, or null if not empty. */
export async function seedDemo(db: Database): Promise<DemoLogin[] | null> {
  if ((await db.prisma.district.count()) > 0) {
    console.log('数据库非空，跳过演示数据 / database not empty, demo data skipped');
    return null;
  }
  const started = Date.now();
  // The districts switch on installed plugins only, and each of these seeds its own demo data.
  const plugins = installedPlugins.map((plugin) => plugin.id);
  await insertDemoCity(db, planDemoCity({ plugins }), installedPlugins);
  const logins: DemoLogin[] = [];
  for (const user of DEMO_USERS) {
    // Letters and digits, as the password rules want, and nothing ambiguous to read aloud.
    const password = `Demo${randomBytes(6).toString('hex')}`;
    await createUser(db, OPERATOR, {
      districtCode: user.district.code,
      username: user.username,
      displayName: user.name,
      password,
      roleKeys: user.roles,
    });
    logins.push({
      district: `${user.district.name} (${user.district.code})`,
      username: user.username,
      password,
    });
  }
  if (db.target.kind === 'pglite' && !db.target.dataDir.startsWith('memory:')) {
    mkdirSync(db.target.dataDir, { recursive: true });
    writeFileSync(loginFile(db.target.dataDir), JSON.stringify(logins, null, 2), { mode: 0o600 });
  }
  console.log(
    `演示数据已载入 / demo city loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return logins;
}

/**
 * The demo logins as `npm start` and `cadre seed` print them. On PostgreSQL this print is the only
 * copy (nothing is written beside a server's database): note them when they appear.
 */
export function demoLoginLines(logins: readonly DemoLogin[]): string[] {
  return [
    '  演示账号 demo logins (sign in on the UI, or mutation login(username, password)):',
    ...logins.map((l) => `    ${l.username.padEnd(8)} ${l.password}   ${l.district}`),
    '  均为管理员账号：首次登录时须绑定身份验证器（TOTP 应用），此后每次登录输入其 6 位动态码',
    '  administrator accounts: the first sign-in asks to enroll an authenticator app (TOTP),',
    '  and every later sign-in asks for its 6-digit code',
  ];
}

/** The demo logins kept beside an embedded database, if it was seeded here. */
export function savedDemoLogins(db: Database): DemoLogin[] | null {
  if (db.target.kind !== 'pglite') return null;
  try {
    return JSON.parse(readFileSync(loginFile(db.target.dataDir), 'utf8')) as DemoLogin[];
  } catch {
    return null;
  }
}
