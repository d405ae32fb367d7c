import { lexicographicSortSchema, printSchema } from 'graphql';
import { SchemaVariants } from '@cadre/core';
import { installedPlugins } from './plugins.ts';

/**
 * The SDL of the variant with every installed plugin: what the admin UI's typed documents are
 * generated from (`schema.graphql`, written by `npm run schema`, checked by a test).
 */
export function fullSchemaSdl(): string {
  const variants = new SchemaVariants(installedPlugins);
  const all = installedPlugins.map((p) => p.id);
  return `${printSchema(lexicographicSortSchema(variants.schemaFor(all)))}\n`;
}

export const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);
