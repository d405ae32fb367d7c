import {
  ArchiveFact,
  CadreIdentity,
  CadreStatus,
  Degree,
  Education,
  Gender,
  ManagementAuthority,
  PoliticalStatus,
  Rank,
} from '@cadre/db';
import type { Builder } from './builder.ts';

/** The archive's code lists, named as in the Prisma schema (which notes the Chinese terms). */
export function registerCadreEnums(builder: Builder) {
  return {
    Gender: builder.enumType(Gender, { name: 'Gender' }),
    PoliticalStatus: builder.enumType(PoliticalStatus, { name: 'PoliticalStatus' }),
    Education: builder.enumType(Education, { name: 'Education' }),
    Degree: builder.enumType(Degree, { name: 'Degree' }),
    CadreIdentity: builder.enumType(CadreIdentity, { name: 'CadreIdentity' }),
    Rank: builder.enumType(Rank, { name: 'Rank' }),
    ManagementAuthority: builder.enumType(ManagementAuthority, { name: 'ManagementAuthority' }),
    CadreStatus: builder.enumType(CadreStatus, { name: 'CadreStatus' }),
    ArchiveFact: builder.enumType(ArchiveFact, { name: 'ArchiveFact' }),
  };
}

export type CadreEnums = ReturnType<typeof registerCadreEnums>;
