import { defineConfig } from 'prisma/config';

// Models live in prisma/schema: core/ and one sub-folder per plugin, each in its own Postgres schema.
export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
});
