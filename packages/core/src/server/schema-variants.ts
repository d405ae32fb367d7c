import type { GraphQLSchema } from 'graphql';
import { CORE_SUBGRAPH, type CadrePlugin } from '../contract/plugin.ts';
import { createSchemaBuilder } from './builder.ts';
import { registerCoreSchema } from './index.ts';

/**
 * Builds the one schema of core and every installed plugin, and hands out the variant a set of
 * enabled plugins sees: at most 2^n, each built once.
 */
export class SchemaVariants {
  readonly #builder = createSchemaBuilder();
  readonly #cache = new Map<string, GraphQLSchema>();
  readonly #installed: ReadonlySet<string>;

  constructor(readonly plugins: readonly CadrePlugin[]) {
    const core = registerCoreSchema(this.#builder, { installed: plugins });
    for (const plugin of plugins) {
      plugin.registerSchema({ builder: this.#builder, subGraphs: [plugin.id], core });
    }
    this.#installed = new Set(plugins.map((p) => p.id));
  }

  /** The key of a variant: the enabled plugins that are installed, sorted. */
  keyFor(enabled: readonly string[]): string {
    return [...new Set(enabled)]
      .filter((id) => this.#installed.has(id))
      .sort()
      .join(',');
  }

  schemaFor(enabled: readonly string[]): GraphQLSchema {
    const key = this.keyFor(enabled);
    let schema = this.#cache.get(key);
    if (!schema) {
      schema = this.#builder.toSchema({
        subGraph: [CORE_SUBGRAPH, ...(key ? key.split(',') : [])],
      });
      this.#cache.set(key, schema);
    }
    return schema;
  }
}
