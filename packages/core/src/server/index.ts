import type { CadrePlugin } from '../contract/plugin.ts';
import { registerArchiveVerification } from './archive-verification.ts';
import type { Builder } from './builder.ts';
import { type CadreRef, registerCadre } from './cadre.ts';
import { registerCadreEnums } from './cadre-enums.ts';
import { registerCadrePost } from './cadre-post.ts';
import { registerDistrict } from './district.ts';
import { registerErrorTypes } from './error-types.ts';
import { registerReservePool } from './reserve-pool.ts';
import { registerScalars } from './scalars.ts';
import { registerUnit } from './unit.ts';
import { registerViewer } from './viewer.ts';

export interface CoreSchemaOptions {
  /** Every plugin installed in this gateway, whether or not a district enables it. */
  installed: readonly CadrePlugin[];
}

/** The core types plugins add their fields to. */
export interface CoreRefs {
  Cadre: CadreRef;
}

/** Core's part of the schema: every variant has it. */
export function registerCoreSchema(builder: Builder, options: CoreSchemaOptions): CoreRefs {
  builder.queryType({});
  builder.mutationType({});
  registerScalars(builder);
  registerErrorTypes(builder);
  registerViewer(builder);
  registerDistrict(builder, options.installed);
  const { Unit } = registerUnit(builder);
  const enums = registerCadreEnums(builder);
  const { CadrePost } = registerCadrePost(builder);
  const { Cadre } = registerCadre(builder, enums, { Unit, CadrePost });
  registerArchiveVerification(builder, enums, Cadre);
  registerReservePool(builder, Cadre);
  return { Cadre };
}
