// `npm run schema`: writes schema.graphql, the SDL of the variant with every installed plugin.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fullSchemaSdl, SCHEMA_FILE } from '../src/schema-file.ts';

writeFileSync(SCHEMA_FILE, fullSchemaSdl());
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
